package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FanOut;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.ssh.SshTransport;
import dev.incidentconsole.runbook.DurationText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "exec", description = {
        "Run a command on one or many hosts over SSH and print each host's output with its name in front.",
        "Parameters reach the remote shell as environment variables; refer to them as \"${NAME}\".",
        "Exit code 0 only when the command succeeded on every host."})
final class ExecCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    HostSelection selection;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A value the command refers to as \"${NAME}\".")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "2m", description = "Stop the command after this long (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "16", description = "Hosts at once (default ${DEFAULT-VALUE}).")
    int parallel;


    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The command, after --.")
    List<String> command = new ArrayList<>();

    ExecCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration limit = DurationText.parse(timeout).filter(d -> !d.isZero())
                .orElseThrow(() -> new Cli.UsageProblem("--timeout '" + timeout + "' is not a duration like 30s, 5m or 1h"));
        if (parallel < 1) throw new Cli.UsageProblem("--parallel must be at least 1");
        HostInventory inventory = selection.inventory(wiring, err);
        List<HostTarget> targets = new ArrayList<>();
        selection.aliases(inventory).forEach(alias -> targets.add(inventory.resolve(alias)));
        CommandSpec run;
        try {
            run = new CommandSpec(String.join(" ", command), "bash", params, limit);
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageProblem(e.getMessage());
        }
        int width = targets.stream().mapToInt(t -> t.alias().length()).max().orElse(4);
        TerminalPrompts prompts = selection.prompts(err);
        Map<String, PrefixedLines> sinks = new LinkedHashMap<>();
        targets.forEach(t -> sinks.put(t.alias(), new PrefixedLines(String.format("%-" + width + "s | ", t.alias()), out, err)));
        List<ExecResult> results;
        try (SshTransport transport = wiring.sshTransport(inventory, prompts.hostKeys(), prompts.passphrases());
             FanOut fanOut = new FanOut(transport, parallel)) {
            results = fanOut.run(targets, run, t -> sinks.get(t.alias()), new Cancellation(), FanOut.Progress.NONE);
        }
        sinks.values().forEach(PrefixedLines::finish);
        long succeeded = results.stream().filter(r -> r.status() == ExecStatus.SUCCEEDED).count();
        out.println();
        results.forEach(r -> out.println(r.describe() + String.format(" in %.1f s", r.duration().toMillis() / 1000.0)));
        out.printf("%d of %d host(s) succeeded%n", succeeded, results.size());
        return succeeded == results.size() ? Cli.OK : Cli.FINDINGS;
    }
}
