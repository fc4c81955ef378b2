package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.IncidentRecord;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of the STATUS entry that opens every incident's chain (seq 1). It spells out the incident record, so
 * the record is covered by the chain too: verification rebuilds this text from the incident table and compares.
 */
final class IncidentOpening {

    private IncidentOpening() {
    }

    static String text(IncidentRecord incident) {
        StringBuilder text = new StringBuilder();
        text.append("Incident opened: ").append(incident.title()).append('\n');
        text.append("id: ").append(incident.id()).append('\n');
        text.append("severity: ").append(incident.severity()).append('\n');
        text.append("exercise: ").append(incident.exercise() ? "yes (a drill, not live evidence)" : "no").append('\n');
        text.append("operator: ").append(orNone(incident.operatorName()));
        if (incident.operatorEmail() != null) {
            text.append(" <").append(incident.operatorEmail()).append('>');
        }
        text.append('\n');
        text.append("runbooks: ").append(list(String.join(", ", incident.runbookIds()))).append('\n');
        text.append("hosts: ").append(list(String.join(", ", incident.hostAliases()))).append('\n');
        text.append("parameters:");
        for (Map.Entry<String, String> parameter : new TreeMap<>(incident.parameters()).entrySet()) {
            text.append(' ').append(parameter.getKey()).append('=').append(parameter.getValue()).append(';');
        }
        return text.toString();
    }

    private static String list(String joined) {
        return joined.isEmpty() ? "(none)" : joined;
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }
}
