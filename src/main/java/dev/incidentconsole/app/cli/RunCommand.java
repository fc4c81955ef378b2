package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.incident.Confirmation;
import dev.incidentconsole.incident.HostOutcome;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.incident.RunListener;
import dev.incidentconsole.incident.StepOutcome;
import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.remote.ssh.SshTransport;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.runbook.StepKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", description = {
        "Run steps of an incident's runbook on its hosts; every command and its output becomes evidence.",
        "Steps that change hosts run only with --yes, which confirms them for the hosts named.",
        "Exit code 0 only when every step run succeeded on every host."})
final class RunCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "INCIDENT")
    String incidentId;

    @Parameters(index = "1..*", paramLabel = "STEP", description = "Step ids, as 'show' prints them.")
    List<String> steps = new ArrayList<>();

    @Option(names = "--phase", paramLabel = "NAME", description = "Every step of this phase (manual steps are listed, not run).")
    String phase;

    @Option(names = "--all-diagnostics", description = "Every diagnostic step of the runbook, in order.")
    boolean allDiagnostics;

    @Option(names = "--yes", description = "Confirm change steps for the hosts they run on.")
    boolean yes;

    @Option(names = "--hosts", paramLabel = "LIST", description = "Only these of the incident's hosts.")
    String hosts;

    @Option(names = "-F", paramLabel = "FILE", description = "Read this ssh_config instead of ~/.ssh/config.")
    Path sshConfig;

    @Option(names = "--accept-new", description = "Accept and remember keys of hosts seen for the first time.")
    boolean acceptNew;

    @Option(names = "--parallel", defaultValue = "16", paramLabel = "N", description = "Hosts at once (default ${DEFAULT-VALUE}).")
    int parallel;

    RunCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int selectors = (steps.isEmpty() ? 0 : 1) + (phase == null ? 0 : 1) + (allDiagnostics ? 1 : 0);
        if (selectors != 1) throw new Cli.UsageProblem("name steps, or give --phase NAME, or --all-diagnostics (one of them)");
        if (parallel < 1) throw new Cli.UsageProblem("--parallel must be at least 1");
        try (IncidentContext context = IncidentContext.open(wiring, storeOptions, incidentId)) {
            if (!context.incident().open()) {
                throw new Cli.UsageProblem(incidentId + " is closed (at " + context.incident().closedAt()
                        + "): no more commands run in it; notes can still be added");
            }
            List<Step> chosen = choose(context);
            HostInventory inventory = wiring.hostInventory(sshConfig);
            List<HostTarget> targets = targets(context, inventory);
            List<String> aliases = targets.stream().map(HostTarget::alias).toList();
            TerminalPrompts prompts = new TerminalPrompts(System.console(), err, acceptNew);
            int width = aliases.stream().mapToInt(String::length).max().orElse(4);
            boolean allGood = true;
            ExecutorService workers = Executors.newFixedThreadPool(parallel);
            try (SshTransport transport = wiring.sshTransport(inventory, prompts.hostKeys(), prompts.passphrases())) {
                IncidentSession session = context.session(transport, workers);
                for (Step step : chosen) {
                    if (step.kind() == StepKind.MANUAL) {
                        out.println("-- " + step.id() + " is a manual step: check it off with 'check " + incidentId + " " + step.id() + "'");
                        continue;
                    }
                    if (step.kind() == StepKind.CHANGE && !yes) {
                        out.println("-- " + step.id() + " changes " + String.join(", ", aliases) + "; not run. Review it with 'show "
                                + context.runbook().id() + "' and confirm with --yes");
                        allGood = false;
                        continue;
                    }
                    out.println("== " + step.number() + ". " + step.title() + " (" + step.kind().label() + ") on " + String.join(", ", aliases));
                    StepOutcome outcome = session.run(step.id(), targets, yes ? Confirmation.of(step.id(), aliases) : null,
                            printing(out, err, width), new Cancellation());
                    for (HostOutcome host : outcome.hosts()) {
                        out.println("   " + host.hostAlias() + ": " + (host.passed() ? "passed" : host.reason())
                                + "  [evidence " + host.entries().stream().map(e -> "#" + e.seq()).collect(Collectors.joining(" ")) + "]");
                    }
                    out.println("   step " + outcome.state().label());
                    allGood &= outcome.state() == StepState.SUCCEEDED;
                }
            } finally {
                workers.shutdownNow();
            }
            return allGood ? Cli.OK : Cli.FINDINGS;
        }
    }

    private List<Step> choose(IncidentContext context) {
        var runbook = context.runbook();
        if (allDiagnostics) {
            return runbook.steps().filter(s -> s.kind() == StepKind.DIAGNOSTIC).toList();
        }
        if (phase != null) {
            return runbook.phases().stream().filter(p -> p.title().equalsIgnoreCase(phase)).findFirst()
                    .orElseThrow(() -> new Cli.UsageProblem("no phase '" + phase + "' in " + runbook.id() + "; phases: "
                            + runbook.phases().stream().map(p -> p.title()).collect(Collectors.joining(", "))))
                    .steps();
        }
        List<Step> chosen = new ArrayList<>();
        for (String id : steps) {
            chosen.add(runbook.step(id).orElseThrow(() -> new Cli.UsageProblem("no step '" + id + "' in " + runbook.id()
                    + "; 'show " + runbook.id() + "' lists the step ids")));
        }
        return chosen;
    }

    private List<HostTarget> targets(IncidentContext context, HostInventory inventory) {
        List<String> incidentHosts = context.incident().hostAliases();
        List<String> wanted = incidentHosts;
        if (hosts != null) {
            wanted = HostSelection.expand(inventory, hosts);
            for (String alias : wanted) {
                if (!incidentHosts.contains(alias)) {
                    throw new Cli.UsageProblem(alias + " is not one of the incident's hosts (" + String.join(", ", incidentHosts) + ")");
                }
            }
        }
        return wanted.stream().map(inventory::resolve).toList();
    }

    private static RunListener printing(PrintWriter out, PrintWriter err, int width) {
        java.util.Map<String, PrefixedLines> open = new java.util.concurrent.ConcurrentHashMap<>();
        return new RunListener() {
            @Override
            public OutputSink outputOf(HostTarget host) {
                PrefixedLines lines = new PrefixedLines(String.format("   %-" + width + "s | ", host.alias()), out, err);
                open.put(host.alias(), lines);
                return lines;
            }

            @Override
            public void commandEnded(HostTarget host, dev.incidentconsole.evidence.EvidenceEntry entry) {
                PrefixedLines lines = open.remove(host.alias());
                if (lines != null) lines.finish();
            }
        };
    }
}
