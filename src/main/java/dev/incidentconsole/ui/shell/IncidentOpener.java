package dev.incidentconsole.ui.shell;

import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.Transport;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.incident.NewIncidentRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Builds the session of an incident off the FX thread: a new one from the dialog's request, or a stored one
 * with its runbook from the library and its hosts from the inventory. Closed incidents open for recording only.
 */
final class IncidentOpener {

    /** Everything an incident view is built from. */
    record Opened(IncidentSession session, List<HostTarget> hosts) {
    }

    private final EvidenceStore store;
    private final Transport transport;
    private final HostInventory inventory;
    private final ExecutorService hostWorkers;
    private final Operator operator;
    private final Clock clock;

    IncidentOpener(EvidenceStore store, Transport transport, HostInventory inventory, ExecutorService hostWorkers,
                   Operator operator, Clock clock) {
        this.store = store;
        this.transport = transport;
        this.inventory = inventory;
        this.hostWorkers = hostWorkers;
        this.operator = operator;
        this.clock = clock;
    }

    Opened create(NewIncidentRequest request) {
        IncidentRecord record = store.openIncident(request.incident());
        return new Opened(session(record, request.runbook()), request.hosts());
    }

    Opened open(IncidentRecord record, RunbookLibrary library) {
        if (record.runbookIds().isEmpty()) {
            throw new IllegalStateException("incident " + record.id() + " names no runbook, so there is no checklist to show");
        }
        String runbookId = record.runbookIds().get(0);
        Runbook runbook = library.find(runbookId).orElseThrow(() -> new IllegalStateException(
                "incident " + record.id() + " follows runbook '" + runbookId + "', which is not in the library any more;"
                        + " put its file back in the runbooks folder to open the incident"));
        List<HostTarget> hosts = new ArrayList<>();
        for (String alias : record.hostAliases()) {
            hosts.add(inventory.resolve(alias));
        }
        return new Opened(session(record, runbook), hosts);
    }

    private IncidentSession session(IncidentRecord record, Runbook runbook) {
        return record.open()
                ? new IncidentSession(record, runbook, store, transport, hostWorkers, operator, clock)
                : IncidentSession.forRecording(record, runbook, store, operator, clock);
    }
}
