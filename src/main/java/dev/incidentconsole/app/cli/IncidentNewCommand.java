package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.incident.ParameterValues;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.runbook.Runbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "new", description = "Open an incident; prints its id.")
final class IncidentNewCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--title", required = true, description = "What is happening, in a few words.")
    String title;

    @Option(names = "--severity", required = true, description = "critical, high, warning or info.")
    String severity;

    @Option(names = "--runbook", required = true, paramLabel = "ID", description = "The runbook to work through.")
    String runbookId;

    @Option(names = "--hosts", required = true, paramLabel = "LIST", description = "Hosts and @groups, comma separated.")
    String hosts;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A value for one of the runbook's parameters.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--exercise", description = "A drill: its evidence is marked as exercise evidence.")
    boolean exercise;

    @Option(names = "-F", paramLabel = "FILE", description = "Read this ssh_config instead of ~/.ssh/config.")
    Path sshConfig;

    IncidentNewCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        if (dev.incidentconsole.runbook.Severity.parse(severity).isEmpty()) {
            throw new Cli.UsageProblem("--severity must be critical, high, warning or info, not '" + severity + "'");
        }
        Runbook runbook = wiring.loadRunbookLibrary(List.of()).find(runbookId)
                .orElseThrow(() -> new Cli.UsageProblem("no runbook has the id '" + runbookId + "'; 'list' shows the ids"));
        Map<String, String> values;
        try {
            values = ParameterValues.resolve(runbook, params);
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageProblem(e.getMessage());
        }
        HostInventory inventory = wiring.hostInventory(sshConfig);
        List<String> aliases = HostSelection.expand(inventory, hosts);
        Operator operator = wiring.operator();
        try (EvidenceStore store = storeOptions.open(wiring)) {
            IncidentRecord incident = store.openIncident(new NewIncident(title, severity.toLowerCase(java.util.Locale.ROOT),
                    exercise, operator.name(), operator.email(), List.of(runbook.id()), aliases, values, wiring.clock().instant()));
            spec.commandLine().getOut().println(incident.id());
            spec.commandLine().getErr().println("opened " + incident.id() + (exercise ? " (EXERCISE)" : "") + ": "
                    + runbook.steps().count() + " steps of " + runbook.id() + " on " + String.join(", ", aliases));
        }
        return Cli.OK;
    }
}
