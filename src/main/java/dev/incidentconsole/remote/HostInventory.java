package dev.incidentconsole.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every host a responder can name: the responder's ssh_config plus the hosts and groups saved in the app.
 *
 * <p>Precedence: a saved host acts as a {@code Host alias} block placed after the whole ssh_config. So, as
 * in OpenSSH where the first value obtained wins, ssh_config wins for every keyword it sets for that alias
 * (including through {@code Host *}), and the saved host only fills in what ssh_config leaves unset. The
 * responder's ssh setup stays the truth; the app never contradicts what {@code ssh alias} would do.
 *
 * <p>Reading is safe from any thread; saving is serialised and writes the file atomically.
 */
public final class HostInventory {

    private final SshConfig sshConfig;
    private final SavedHostsFile savedFile;
    private final List<ConfigWarning> savedWarnings;
    private final boolean savedFileIntact;
    private volatile SavedHosts saved;

    /** Reads the saved hosts from {@code savedHostsFile} (missing is fine: nothing is saved yet). */
    public HostInventory(SshConfig sshConfig, Path savedHostsFile) {
        this.sshConfig = sshConfig;
        this.savedFile = new SavedHostsFile(savedHostsFile);
        SavedHostsFile.Loaded loaded = savedFile.load();
        this.saved = loaded.saved();
        this.savedWarnings = loaded.warnings();
        this.savedFileIntact = loaded.intact();
    }

    /** With {@code ~/.ssh/config}, as plain {@code ssh} reads it. */
    public static HostInventory load(LocalAccount account, Path savedHostsFile) {
        return new HostInventory(new SshConfigReader(account).readDefault(), savedHostsFile);
    }

    /** With {@code sshConfigFile} instead, as {@code ssh -F sshConfigFile} reads it. */
    public static HostInventory load(LocalAccount account, Path sshConfigFile, Path savedHostsFile) {
        return new HostInventory(new SshConfigReader(account).read(sshConfigFile), savedHostsFile);
    }

    /** Any name resolves, as with ssh; an unknown name gets the defaults and dials itself. */
    public HostTarget resolve(String alias) {
        HostOptions options = new HostOptions();
        sshConfig.collect(alias, options);
        SavedHost savedHost = saved.hosts().get(alias);
        if (savedHost != null) {
            savedHost.fillIn(options);
        }
        return options.toTarget(alias, sshConfig.account());
    }

    /** The concrete (non-pattern) Host names of ssh_config and the saved aliases, sorted and without repeats. */
    public List<String> aliases() {
        SortedSet<String> names = new TreeSet<>(sshConfig.concreteHostNames());
        names.addAll(saved.hosts().keySet());
        return List.copyOf(names);
    }

    /** The saved groups by name, sorted; members in the order they were saved. */
    public Map<String, List<String>> groups() {
        return saved.groups();
    }

    /** The names of the groups {@code alias} belongs to, sorted. */
    public List<String> groupsOf(String alias) {
        List<String> names = new ArrayList<>();
        saved.groups().forEach((name, members) -> {
            if (members.contains(alias)) names.add(name);
        });
        return names;
    }

    public Optional<SavedHost> savedHost(String alias) {
        return Optional.ofNullable(saved.hosts().get(alias));
    }

    /**
     * The hosts of a comma list such as {@code a,b,@prod-mcp}, in order and without repeats; {@code @name}
     * stands for the members of a saved group.
     *
     * @throws IllegalArgumentException for an unknown group or a name with blanks in it
     */
    public List<String> expand(String spec) {
        SavedHosts current = saved;
        Set<String> hosts = new LinkedHashSet<>();
        for (String part : spec.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("'" + name + "' is not a host name: separate hosts with commas");
            }
            if (!name.startsWith("@")) {
                hosts.add(name);
                continue;
            }
            List<String> members = current.groups().get(name.substring(1));
            if (members == null) {
                throw new IllegalArgumentException("unknown host group '" + name.substring(1) + "'; "
                        + (current.groups().isEmpty() ? "no groups are saved" : "saved groups: " + String.join(", ", current.groups().keySet())));
            }
            hosts.addAll(members);
        }
        return List.copyOf(hosts);
    }

    /** What was skipped while reading ssh_config and the saved hosts file. */
    public List<ConfigWarning> warnings() {
        List<ConfigWarning> all = new ArrayList<>(sshConfig.warnings());
        all.addAll(savedWarnings);
        return all;
    }

    /** Adds or replaces a saved host. */
    public synchronized void saveHost(SavedHost host) throws IOException {
        store(saved.withHost(host));
    }

    /** Removes a saved host; groups keep naming it (it may still resolve through ssh_config). */
    public synchronized void removeHost(String alias) throws IOException {
        store(saved.withoutHost(alias));
    }

    /** Adds or replaces a group. Members are host names (saved, from ssh_config, or plain DNS names). */
    public synchronized void saveGroup(String name, List<String> members) throws IOException {
        SavedHost.checkName(name, "group name");
        members.forEach(member -> SavedHost.checkName(member, "member of group " + name));
        store(saved.withGroup(name, List.copyOf(new LinkedHashSet<>(members))));
    }

    public synchronized void removeGroup(String name) throws IOException {
        store(saved.withoutGroup(name));
    }

    private void store(SavedHosts changed) throws IOException {
        if (!savedFileIntact) {
            throw new IOException(savedFile.path() + " was not read in full, so saving would lose what was skipped;"
                    + " fix the file (see the warnings) or move it away, then try again");
        }
        savedFile.write(changed);
        saved = changed;
    }
}
