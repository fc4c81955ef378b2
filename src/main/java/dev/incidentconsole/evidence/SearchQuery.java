package dev.incidentconsole.evidence;

import java.time.Instant;

/**
 * Full-text words (over commands, outputs up to the store's indexed size, and notes) plus optional filters; any
 * null field does not filter. Every word must occur (case-insensitive, whole words of letters, digits and '_',
 * two characters or more). {@code failedOnly} keeps COMMAND and FILE entries whose status is not SUCCEEDED
 * (interrupted ones included). {@code from} is inclusive and {@code to} exclusive, on {@code startedAt}.
 * Results come newest first; {@code limit} 0 or less means 100.
 */
public record SearchQuery(String text, String incidentId, String hostAlias, String stepId, Integer exitCode,
                          boolean failedOnly, Instant from, Instant to, int limit) {

    public static SearchQuery words(String text) {
        return new SearchQuery(text, null, null, null, null, false, null, null, 100);
    }
}
