package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.SearchQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the search pane asks for, before it becomes a {@link SearchQuery} for one incident. */
public record SearchFilters(String text, String host, String step, TimelineExitFilter exit, SearchRange range) {

    /** The store's own default; the pane says so when a result list reaches it. */
    public static final int LIMIT = 100;

    public SearchFilters {
        text = text == null ? "" : text.strip();
        exit = exit == null ? TimelineExitFilter.ANY : exit;
        range = range == null ? SearchRange.ANY_TIME : range;
    }

    /** Nothing typed and nothing chosen: there is nothing to search for yet. */
    public boolean blank() {
        return text.isEmpty() && host == null && step == null && exit == TimelineExitFilter.ANY
                && range == SearchRange.ANY_TIME;
    }

    /** Typed text that holds no searchable word (the index keeps words of two characters or more). */
    public boolean textWithoutWords() {
        return !text.isEmpty() && SearchHighlight.words(text).isEmpty();
    }

    public SearchQuery toQuery(String incidentId, Instant now) {
        return new SearchQuery(text.isEmpty() ? null : text, incidentId, host, step,
                exit == TimelineExitFilter.OK ? Integer.valueOf(0) : null, exit == TimelineExitFilter.FAILED,
                range.from(now), null, LIMIT);
    }

    /** The chosen filters in words, for a result message: {@code host web1, failed, last hour}. */
    public String describeFilters() {
        List<String> parts = new ArrayList<>();
        if (host != null) {
            parts.add("host " + host);
        }
        if (step != null) {
            parts.add("step " + step);
        }
        if (exit != TimelineExitFilter.ANY) {
            parts.add(exit.toString().toLowerCase(java.util.Locale.ROOT));
        }
        if (range != SearchRange.ANY_TIME) {
            parts.add(range.toString().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(", ", parts);
    }
}
