package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.remote.Transport;
import dev.incidentconsole.runbook.Runbook;
import java.io.IOException;
import java.util.concurrent.ExecutorService;

/** An incident opened from the command line: its store, record and runbook, and a session when hosts are needed. */
final class IncidentContext implements AutoCloseable {

    private final Wiring wiring;
    private final EvidenceStore store;
    private final IncidentRecord incident;
    private final Runbook runbook;

    private IncidentContext(Wiring wiring, EvidenceStore store, IncidentRecord incident, Runbook runbook) {
        this.wiring = wiring;
        this.store = store;
        this.incident = incident;
        this.runbook = runbook;
    }

    static IncidentContext open(Wiring wiring, StoreOptions options, String incidentId) throws IOException {
        EvidenceStore store = options.open(wiring);
        try {
            IncidentRecord incident = require(store, incidentId);
            if (incident.runbookIds().isEmpty()) {
                throw new Cli.UsageProblem(incidentId + " has no runbook");
            }
            String runbookId = incident.runbookIds().get(0);
            Runbook runbook = wiring.loadRunbookLibrary(java.util.List.of()).find(runbookId).orElseThrow(() ->
                    new Cli.UsageProblem("runbook '" + runbookId + "' of " + incidentId + " is not in the library"));
            return new IncidentContext(wiring, store, incident, runbook);
        } catch (RuntimeException | IOException e) {
            store.close();
            throw e;
        }
    }

    /** The stored incident, or a usage error that says how to find the right id. */
    static IncidentRecord require(EvidenceStore store, String incidentId) {
        return store.incident(incidentId).orElseThrow(() -> new Cli.UsageProblem(
                "no incident '" + incidentId + "' in this evidence store; 'incidents' lists them"));
    }

    EvidenceStore store() {
        return store;
    }

    IncidentRecord incident() {
        return incident;
    }

    Runbook runbook() {
        return runbook;
    }

    IncidentSession recordingSession() {
        return IncidentSession.forRecording(incident, runbook, store, wiring.operator(), wiring.clock());
    }

    IncidentSession session(Transport transport, ExecutorService workers) {
        return new IncidentSession(incident, runbook, store, transport, workers, wiring.operator(), wiring.clock());
    }

    @Override
    public void close() {
        store.close();
    }
}
