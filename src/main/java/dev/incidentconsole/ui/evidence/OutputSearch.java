package dev.incidentconsole.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Find in output: every place the query occurs (ignoring case) in the finished lines a view shows, kept up to
 * date as lines arrive and scroll out, and which of them is current. Lines are scanned once, when they arrive,
 * not again on every pulse.
 */
final class OutputSearch {

    /** Past this many, the count says "100,000+" and new lines are not scanned: the evidence store can search all. */
    static final int MAX_MATCHES = 100_000;

    record Match(long ordinal, int start) {
    }

    private final List<Match> matches = new ArrayList<>();
    private String query = "";
    private int current = -1;
    private boolean capped;

    /** Starts a new search over {@code rows}; a blank query clears it. */
    void search(String newQuery, List<OutputLine> rows) {
        query = newQuery == null ? "" : newQuery;
        matches.clear();
        current = -1;
        capped = false;
        appended(rows);
    }

    String query() {
        return query;
    }

    boolean active() {
        return !query.isEmpty();
    }

    void appended(List<OutputLine> lines) {
        if (!active()) {
            return;
        }
        for (OutputLine line : lines) {
            if (line.unfinished()) {
                continue;
            }
            for (int start : occurrences(line.text(), query)) {
                if (matches.size() == MAX_MATCHES) {
                    capped = true;
                    return;
                }
                matches.add(new Match(line.ordinal(), start));
            }
        }
    }

    /** Lines before {@code firstOrdinal} left the view: their matches go too. */
    void trimmedBefore(long firstOrdinal) {
        int gone = 0;
        while (gone < matches.size() && matches.get(gone).ordinal() < firstOrdinal) {
            gone++;
        }
        if (gone == 0) {
            return;
        }
        matches.subList(0, gone).clear();
        if (current >= 0) {
            current = matches.isEmpty() ? -1 : Math.max(0, current - gone);
        }
    }

    int count() {
        return matches.size();
    }

    Optional<Match> current() {
        return current < 0 ? Optional.empty() : Optional.of(matches.get(current));
    }

    /** Moves to the next match, wrapping around; from no match it goes to the first. */
    Optional<Match> next() {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        current = (current + 1) % matches.size();
        return current();
    }

    /** Moves to the previous match, wrapping around; from no match it goes to the newest. */
    Optional<Match> previous() {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        current = current <= 0 ? matches.size() - 1 : current - 1;
        return current();
    }

    /** For the find bar: {@code "3 of 12"}, {@code "12 matches"}, {@code "no matches"}, or nothing when idle. */
    String countText() {
        if (!active()) {
            return "";
        }
        if (matches.isEmpty()) {
            return "no matches";
        }
        String total = CountText.number(matches.size()) + (capped ? "+" : "");
        if (current < 0) {
            return total + (matches.size() == 1 && !capped ? " match" : " matches");
        }
        return CountText.number(current + 1L) + " of " + total;
    }

    /** Where {@code query} starts in {@code text}, ignoring case, without overlaps. */
    static List<Integer> occurrences(String text, String query) {
        List<Integer> starts = new ArrayList<>();
        if (query.isEmpty()) {
            return starts;
        }
        char lower = Character.toLowerCase(query.charAt(0));
        char upper = Character.toUpperCase(query.charAt(0));
        int last = text.length() - query.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c != lower && c != upper && Character.toUpperCase(c) != upper && Character.toLowerCase(c) != lower) {
                continue;
            }
            if (text.regionMatches(true, i, query, 0, query.length())) {
                starts.add(i);
                i += query.length() - 1;
            }
        }
        return starts;
    }
}
