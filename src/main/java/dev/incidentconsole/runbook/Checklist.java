package dev.incidentconsole.runbook;

import java.util.List;
import java.util.Locale;

/** A heading whose content is a bullet list: symptoms, escalation criteria, documentation requirements. */
public record Checklist(String title, Kind kind, List<String> items, int line) {

    public Checklist {
        items = List.copyOf(items);
    }

    public enum Kind {
        SYMPTOMS, ESCALATION, DOCUMENTATION, PREREQUISITES, OTHER;

        static Kind fromTitle(String title) {
            String lower = title.toLowerCase(Locale.ROOT);
            if (lower.contains("symptom")) return SYMPTOMS;
            if (lower.contains("escalat")) return ESCALATION;
            if (lower.contains("document")) return DOCUMENTATION;
            if (lower.contains("prerequisite")) return PREREQUISITES;
            return OTHER;
        }
    }
}
