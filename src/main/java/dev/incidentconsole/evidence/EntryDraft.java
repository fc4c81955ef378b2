package dev.incidentconsole.evidence;

import java.time.Instant;

/** A note, check-off, skip, escalation or status change, sealed as soon as it is recorded. */
public record EntryDraft(String incidentId, EntryKind kind, String runbookId, String stepId, String hostAlias,
                         String text, String operator, Instant at) {
}
