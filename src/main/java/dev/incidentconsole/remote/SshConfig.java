package dev.incidentconsole.remote;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A read OpenSSH client configuration. {@link #resolve} answers what {@code ssh -G alias} would, for the
 * keywords a responder's connection needs. Build one with {@link SshConfigReader}.
 */
public final class SshConfig {

    private final ConfigEntry.ConfigFile root;
    private final List<ConfigWarning> warnings;
    private final LocalAccount account;

    SshConfig(ConfigEntry.ConfigFile root, List<ConfigWarning> warnings, LocalAccount account) {
        this.root = root;
        this.warnings = List.copyOf(warnings);
        this.account = account;
    }

    /** No configuration at all, as {@code ssh -F none}. */
    public static SshConfig empty(LocalAccount account) {
        return new SshConfig(new ConfigEntry.ConfigFile(account.defaultSshConfig(), List.of()), List.of(), account);
    }

    /** Any name resolves, as with ssh: a name no Host block matches gets the defaults and dials itself. */
    public HostTarget resolve(String alias) {
        HostOptions options = new HostOptions();
        collect(alias, options);
        return options.toTarget(alias, account);
    }

    /** The names of Host lines that are neither patterns nor negations, from every file read, sorted. */
    public SortedSet<String> concreteHostNames() {
        SortedSet<String> names = new TreeSet<>();
        collectNames(root.entries(), names);
        return names;
    }

    /** Everything that was skipped while reading, in file order. */
    public List<ConfigWarning> warnings() {
        return warnings;
    }

    LocalAccount account() {
        return account;
    }

    /** Offers {@code options} every setting that applies to {@code alias}, in file order. */
    void collect(String alias, HostOptions options) {
        walk(root.entries(), true, false, alias, options);
    }

    /**
     * OpenSSH's walk: lines before the first Host apply to all; a Host or Match line switches the following lines
     * on or off. An included file starts in the includer's state and cannot change it afterwards, and when it is
     * included from a block that does not apply, none of its own Host lines can match either.
     */
    private static void walk(List<ConfigEntry> entries, boolean active, boolean neverMatch, String alias,
                             HostOptions options) {
        boolean on = active;
        for (ConfigEntry entry : entries) {
            if (entry instanceof ConfigEntry.HostLine host) {
                on = !neverMatch && HostPattern.matchesAny(host.patterns(), alias);
            } else if (entry instanceof ConfigEntry.MatchLine match) {
                on = !neverMatch && match.all();
            } else if (entry instanceof ConfigEntry.Setting setting) {
                if (on) setting.apply().accept(options);
            } else if (entry instanceof ConfigEntry.Include include) {
                for (ConfigEntry.ConfigFile file : include.files()) {
                    walk(file.entries(), on, neverMatch || !on, alias, options);
                }
            }
        }
    }

    private static void collectNames(List<ConfigEntry> entries, SortedSet<String> names) {
        for (ConfigEntry entry : entries) {
            if (entry instanceof ConfigEntry.HostLine host) {
                host.patterns().stream().filter(p -> !HostPattern.isPattern(p)).forEach(names::add);
            } else if (entry instanceof ConfigEntry.Include include) {
                include.files().forEach(file -> collectNames(file.entries(), names));
            }
        }
    }
}
