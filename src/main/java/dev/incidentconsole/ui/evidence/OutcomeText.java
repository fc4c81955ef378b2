package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.incident.HostOutcome;
import java.util.Locale;

/** A host's outcome in the few words an output view's status line has room for. */
final class OutcomeText {

    private OutcomeText() {
    }

    /** {@code passed in 1.204 s}, {@code cancelled after 3.000 s}, or why it failed, with the commands' time. */
    static String of(HostOutcome outcome) {
        long nanos = outcome.entries().stream().map(EvidenceEntry::durationNanos)
                .filter(d -> d != null).mapToLong(Long::longValue).sum();
        String time = outcome.entries().isEmpty() ? "" : seconds(nanos);
        if (outcome.passed()) {
            return time.isEmpty() ? "passed" : "passed in " + time;
        }
        if (outcome.cancelled()) {
            return time.isEmpty() ? "cancelled" : "cancelled after " + time;
        }
        String reason = outcome.reason() == null || outcome.reason().isBlank() ? "failed" : "failed: " + outcome.reason();
        return time.isEmpty() ? reason : reason + " (" + time + ")";
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
