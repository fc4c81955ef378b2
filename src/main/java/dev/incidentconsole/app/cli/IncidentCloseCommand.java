package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "close", description = "Close an incident: no more commands run in it; notes may still be added.")
final class IncidentCloseCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "INCIDENT")
    String incidentId;

    IncidentCloseCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        try (EvidenceStore store = storeOptions.open(wiring)) {
            IncidentRecord incident = IncidentContext.require(store, incidentId);
            if (!incident.open()) {
                throw new Cli.UsageProblem(incidentId + " was closed already, at " + incident.closedAt());
            }
            store.closeIncident(incidentId, wiring.operator().label(), wiring.clock().instant());
            spec.commandLine().getOut().println("closed " + incidentId);
        }
        return Cli.OK;
    }
}
