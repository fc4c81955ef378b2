package dev.incidentconsole.evidence;

import java.time.Instant;

/**
 * Full-text words (over commands, outputs up to the store's indexed size, and notes) plus optional filters; any
 * null field does not filter. {@code failedOnly} keeps entries whose status is not SUCCEEDED.
 */
public record SearchQuery(String text, String incidentId, String hostAlias, String stepId, Integer exitCode,
                          boolean failedOnly, Instant from, Instant to, int limit) {

    public static SearchQuery words(String text) {
        return new SearchQuery(text, null, null, null, null, false, null, null, 100);
    }
}
