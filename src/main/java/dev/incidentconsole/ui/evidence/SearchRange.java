package dev.incidentconsole.ui.evidence;

import java.time.Duration;
import java.time.Instant;

/** How far back a search looks, counted from the moment it runs. */
public enum SearchRange {
    ANY_TIME("Any time", null),
    LAST_15_MINUTES("Last 15 minutes", Duration.ofMinutes(15)),
    LAST_HOUR("Last hour", Duration.ofHours(1)),
    LAST_6_HOURS("Last 6 hours", Duration.ofHours(6)),
    LAST_24_HOURS("Last 24 hours", Duration.ofHours(24));

    private final String label;
    private final Duration span;

    SearchRange(String label, Duration span) {
        this.label = label;
        this.span = span;
    }

    /** The earliest start time kept, or null for no limit. */
    public Instant from(Instant now) {
        return span == null ? null : now.minus(span);
    }

    @Override
    public String toString() {
        return label;
    }
}
