package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.SearchHit;
import dev.incidentconsole.evidence.SearchQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Search over sealed entries: every query word must be in the entry (command, text, or the indexed part of its
 * output), plus the query's filters; newest first. The longest word drives the join, as it is likely the rarest.
 */
final class EvidenceSearch {

    static final int DEFAULT_LIMIT = 100;

    private final EntryRows rows;
    private final Snippets snippets = new Snippets();

    EvidenceSearch(EntryRows rows) {
        this.rows = rows;
    }

    List<SearchHit> search(Connection connection, SearchQuery query) throws SQLException {
        List<String> words = new ArrayList<>(query.text() == null ? List.of() : WordScanner.words(query.text()));
        if (query.text() != null && !query.text().isBlank() && words.isEmpty()) {
            return List.of(); // only separators or one-letter words: nothing is indexed for those
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        List<Object> arguments = new ArrayList<>();
        boolean newestFirst = !words.isEmpty() && query.incidentId() == null && query.hostAlias() == null
                && query.stepId() == null && query.exitCode() == null && query.from() == null && query.to() == null
                && !query.failedOnly();
        StringBuilder sql = new StringBuilder("SELECT e.id, ").append(prefixed(EntryRows.COLUMNS));
        if (words.isEmpty()) {
            sql.append(", NULL AS hit_field, NULL AS hit_pos FROM entry e");
        } else {
            // Words only: read the first word's rows newest first through search_word_newest, so LIMIT stops
            // early. With filters H2 picks its own plan: walking a common word's rows to find the few that pass a
            // host or failed-only filter is slower than starting from the filter's index.
            sql.append(", w0.field AS hit_field, w0.pos AS hit_pos FROM search_word w0")
                    .append(newestFirst ? " USE INDEX (search_word_newest)" : "")
                    .append(" JOIN entry e ON e.id = w0.entry_id");
            for (int i = 1; i < words.size(); i++) {
                sql.append(" JOIN search_word w").append(i).append(" ON w").append(i).append(".entry_id = e.id AND w")
                        .append(i).append(".word = ?");
                arguments.add(words.get(i));
            }
        }
        sql.append(" WHERE e.seq IS NOT NULL");
        if (!words.isEmpty()) {
            sql.append(" AND w0.word = ?");
            arguments.add(words.get(0));
        }
        filter(sql, arguments, "e.incident_id = ?", query.incidentId());
        filter(sql, arguments, "e.host_alias = ?", query.hostAlias());
        filter(sql, arguments, "e.step_id = ?", query.stepId());
        filter(sql, arguments, "e.exit_code = ?", query.exitCode());
        filter(sql, arguments, "e.started_at >= ?", query.from());
        filter(sql, arguments, "e.started_at < ?", query.to());
        if (query.failedOnly()) {
            sql.append(" AND e.kind IN ('COMMAND', 'FILE') AND (e.status IS NULL OR e.status <> 'SUCCEEDED')");
        }
        // The same order either way (w0.started_at is e.started_at; w0.word is one word): with a word it is the
        // order of search_word_newest, so H2 reads the index instead of sorting every match.
        sql.append(!newestFirst ? " ORDER BY e.started_at DESC, e.id DESC LIMIT ?"
                : " ORDER BY w0.word DESC, w0.started_at DESC, w0.entry_id DESC LIMIT ?");
        arguments.add(query.limit() > 0 ? query.limit() : DEFAULT_LIMIT);
        return run(connection, sql.toString(), arguments);
    }

    private List<SearchHit> run(Connection connection, String sql, List<Object> arguments) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.size(); i++) {
                Object argument = arguments.get(i);
                if (argument instanceof Instant) {
                    Timestamps.set(select, i + 1, (Instant) argument);
                } else {
                    select.setObject(i + 1, argument);
                }
            }
            List<Found> found = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    found.add(new Found(result.getLong("id"), rows.read(result), result.getString("hit_field"),
                            result.getLong("hit_pos")));
                }
            }
            // Snippets are read after the result is closed: one short query each, only for the hits returned.
            for (Found hit : found) {
                String snippet = hit.field() == null ? snippets.preview(hit.entry())
                        : snippets.around(connection, hit.entryId(), hit.entry(), hit.field(), hit.position());
                hits.add(new SearchHit(hit.entry(), snippet));
            }
        }
        return hits;
    }

    private record Found(long entryId, EvidenceEntry entry, String field, long position) {
    }

    private static void filter(StringBuilder sql, List<Object> arguments, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            arguments.add(value);
        }
    }

    private static String prefixed(String columns) {
        return "e." + String.join(", e.", columns.split(",\\s*"));
    }
}
