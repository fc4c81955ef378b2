package dev.incidentconsole.report;

import dev.incidentconsole.evidence.EvidenceEntry;
import java.util.Locale;
import java.util.Set;

/**
 * The colour an HTML entry or badge takes. Class names come only from this fixed set, never from evidence text,
 * so no entry can inject a class or style.
 */
enum Tone {
    OK, BAD, WARN, INFO, NEUTRAL;

    /** Outcomes where the command itself went wrong, as opposed to being stopped or cut short. */
    private static final Set<String> BAD_OUTCOMES = Set.of("FAILED", "KILLED_BY_SIGNAL", "UNREACHABLE",
            "HOST_KEY_UNKNOWN", "HOST_KEY_CHANGED", "AUTHENTICATION_FAILED");

    String cssClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }

    static Tone of(EvidenceEntry entry) {
        switch (entry.kind()) {
            case COMMAND:
            case FILE:
                if (CommandOutcome.succeeded(entry)) return OK;
                return BAD_OUTCOMES.contains(CommandOutcome.of(entry)) ? BAD : WARN;
            case CHECK: return OK;
            case ESCALATION: return BAD;
            case SKIP: return WARN;
            case NOTE: return INFO;
            default: return NEUTRAL;
        }
    }

    static Tone of(StepProgress.State state) {
        switch (state) {
            case DONE: return OK;
            case FAILED: case PARTIALLY_FAILED: return BAD;
            case SKIPPED: case CANCELLED: return WARN;
            case IN_PROGRESS: return INFO;
            default: return NEUTRAL;
        }
    }
}
