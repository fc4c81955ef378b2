package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.EvidenceEntry;

/** The exit-status choice shared by the timeline filters and the search filters. */
public enum TimelineExitFilter {
    ANY("Any exit status"),
    OK("Succeeded"),
    FAILED("Failed or cut short");

    private final String label;

    TimelineExitFilter(String label) {
        this.label = label;
    }

    /** OK and FAILED keep only commands and collected files, as the store's search does. */
    public boolean matches(EvidenceEntry entry) {
        return switch (this) {
            case ANY -> true;
            case OK -> TimelineText.succeeded(entry);
            case FAILED -> TimelineText.failed(entry);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
