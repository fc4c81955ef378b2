package dev.incidentconsole.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a responder gives when opening an incident. {@code exercise} marks a drill, never live evidence. */
public record NewIncident(String title, String severity, boolean exercise, String operatorName, String operatorEmail,
                          List<String> runbookIds, List<String> hostAliases, Map<String, String> parameters,
                          Instant openedAt) {

    public NewIncident {
        runbookIds = List.copyOf(runbookIds);
        hostAliases = List.copyOf(hostAliases);
        parameters = Map.copyOf(parameters);
    }
}
