package dev.incidentconsole.ui.incident;

import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.runbook.Runbook;
import java.util.List;

/** What the new-incident dialog produces: the incident to open, its runbook and its hosts resolved. */
public record NewIncidentRequest(NewIncident incident, Runbook runbook, List<HostTarget> hosts) {

    public NewIncidentRequest {
        hosts = List.copyOf(hosts);
    }
}
