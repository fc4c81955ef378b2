package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.remote.ConfigWarning;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.LocalAccount;
import dev.incidentconsole.remote.SshConfig;
import dev.incidentconsole.remote.SshConfigReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "hosts", description = {
        "List the host inventory: the Host entries of your ssh_config plus the hosts and groups saved in the app,",
        "each as ssh would resolve it. Problems in the files are printed as warnings."})
final class HostsCommand implements Callable<Integer> {

    private final Wiring wiring;
    private final Path home;

    @Spec
    CommandSpec spec;

    @Option(names = "-F", paramLabel = "FILE", description = "Read this ssh_config instead of ~/.ssh/config ('none' for no file), as ssh -F does.")
    String sshConfig;

    @Option(names = "--group", paramLabel = "NAME", description = "List only the members of this saved group.")
    String group;

    HostsCommand(Wiring wiring) {
        this(wiring, Path.of(System.getProperty("user.home", ".")));
    }

    /** Tests pass their own home so that the real ~/.ssh is never read. */
    HostsCommand(Wiring wiring, Path home) {
        this.wiring = wiring;
        this.home = home;
    }

    @Override
    public Integer call() {
        HostInventory inventory = new HostInventory(readSshConfig(), wiring.paths().configDir().resolve("hosts.json"));
        List<String> names;
        if (group == null) {
            Set<String> all = new LinkedHashSet<>(inventory.aliases());
            inventory.groups().values().forEach(all::addAll);
            names = new ArrayList<>(all);
        } else {
            names = inventory.groups().get(group);
            if (names == null) {
                throw new Cli.UsageProblem("no saved group is named '" + group + "'"
                        + (inventory.groups().isEmpty() ? "" : "; groups: " + String.join(", ", inventory.groups().keySet())));
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        inventory.warnings().forEach(w -> err.println("warning: " + w.format()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(table(inventory, names));
        out.printf("%d host(s), %d group(s)%n", names.size(), inventory.groups().size());
        return Cli.OK;
    }

    private SshConfig readSshConfig() {
        LocalAccount account = new LocalAccount(System.getProperty("user.name", ""), home);
        SshConfigReader reader = new SshConfigReader(account);
        if (sshConfig == null) {
            return reader.readDefault();
        }
        if (sshConfig.equals("none")) {
            return SshConfig.empty(account);
        }
        Path file = Path.of(sshConfig);
        if (!Files.isRegularFile(file)) {
            throw new Cli.UsageProblem(file + ": no such file");
        }
        return reader.read(file);
    }

    /** One line per host: alias, user@host:port, jump hosts and groups, in aligned columns. */
    static String table(HostInventory inventory, List<String> names) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ALIAS", "TARGET", "JUMP", "GROUPS"});
        for (String name : names) {
            HostTarget target = inventory.resolve(name);
            rows.add(new String[] {name, target.user() + "@" + target.hostName() + ":" + target.port(),
                    orDash(String.join(",", target.proxyJump())), orDash(String.join(",", inventory.groupsOf(name)))});
        }
        int[] widths = new int[3];
        rows.forEach(row -> {
            for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        });
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                text.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
            }
            text.append(row[3]).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "-" : text;
    }
}
