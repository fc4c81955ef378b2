package dev.incidentconsole.incident;

import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.remote.Transport;
import dev.incidentconsole.runbook.Runbook;
import java.time.Clock;
import java.util.Map;

/** What every step run of one session shares. */
record SessionContext(IncidentRecord incident, Runbook runbook, Map<String, String> environment, EvidenceStore store,
                      Transport transport, Operator operator, Clock clock) {
}
