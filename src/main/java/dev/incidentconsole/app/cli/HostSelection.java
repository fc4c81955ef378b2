package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.remote.HostInventory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that reaches hosts shares: which ssh_config, which hosts, whether to trust new keys. */
final class HostSelection {

    @Option(names = "-F", paramLabel = "FILE", description = "Read this ssh_config instead of ~/.ssh/config.")
    Path sshConfig;

    @Option(names = "--hosts", required = true, paramLabel = "LIST", description = "Hosts and @groups, comma separated.")
    String hosts;

    @Option(names = "--accept-new", description = "Accept and remember keys of hosts seen for the first time (changed keys are still refused).")
    boolean acceptNew;

    /** The inventory, with its warnings printed for the responder. */
    HostInventory inventory(Wiring wiring, PrintWriter err) {
        HostInventory inventory = wiring.hostInventory(sshConfig);
        inventory.warnings().forEach(w -> err.println("warning: " + w.format()));
        return inventory;
    }

    /** The aliases named by --hosts, groups expanded; an unknown group is a usage error. */
    List<String> aliases(HostInventory inventory) {
        return expand(inventory, hosts);
    }

    /** Expands a host list such as {@code a,b,@group}; an unknown group or a bad name is a usage error. */
    static List<String> expand(HostInventory inventory, String spec) {
        try {
            return inventory.expand(spec);
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageProblem(e.getMessage());
        }
    }

    TerminalPrompts prompts(PrintWriter err) {
        return new TerminalPrompts(System.console(), err, acceptNew);
    }
}
