package dev.incidentconsole.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An incident as stored. {@code closedAt} is null while it is open. */
public record IncidentRecord(String id, String title, String severity, boolean exercise, String operatorName,
                             String operatorEmail, List<String> runbookIds, List<String> hostAliases,
                             Map<String, String> parameters, Instant openedAt, Instant closedAt) {

    public IncidentRecord {
        runbookIds = List.copyOf(runbookIds);
        hostAliases = List.copyOf(hostAliases);
        parameters = Map.copyOf(parameters);
    }

    public boolean open() {
        return closedAt == null;
    }
}
