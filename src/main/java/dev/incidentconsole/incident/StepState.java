package dev.incidentconsole.incident;

import java.util.Locale;

/** Where a step stands. A manual step goes from PENDING to SUCCEEDED when checked off. */
public enum StepState {
    PENDING, RUNNING, SUCCEEDED, FAILED, PARTIALLY_FAILED, SKIPPED, CANCELLED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public boolean done() {
        return this == SUCCEEDED || this == SKIPPED;
    }

    static StepState parse(String text) {
        for (StepState state : values()) {
            if (state.name().equals(text)) return state;
        }
        return null;
    }
}
