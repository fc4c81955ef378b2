package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.OutputStreamKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the word index of sealed entries in the writer's idle time, a slice (about one output row) at a time,
 * so that sealing evidence never waits for indexing: a megabyte of log text holds tens of thousands of distinct
 * words, and inserting those costs H2 about a second. Entries wait in search_pending; an entry interrupted
 * half-way (a crash) is indexed again from the start. Writer thread only.
 */
final class SearchIndexer {

    private static final int SLICE_BYTES = StoreOptions.ROW_BYTES;

    private final SearchIndex index;
    private final long indexedBytesPerEntry;
    private boolean maybePending = true;
    private Progress current;

    SearchIndexer(SearchIndex index, long indexedBytesPerEntry) {
        this.index = index;
        this.indexedBytesPerEntry = indexedBytesPerEntry;
    }

    /** Where indexing of one entry stands. */
    private static final class Progress {
        final long entryId;
        Object startedAt;
        final WordMemory known = new WordMemory();
        OutputStreamKind stream = OutputStreamKind.STDOUT;
        WordScanner scanner = new WordScanner();
        long offset;
        long indexedBytes;

        Progress(long entryId) {
            this.entryId = entryId;
        }
    }

    /** Something was sealed: there may be work. */
    void entriesSealed() {
        maybePending = true;
    }

    boolean hasWork() {
        return current != null || maybePending;
    }

    /** Indexes about {@link #SLICE_BYTES} more of the backlog; the caller commits. */
    void slice(Connection connection) throws SQLException {
        long budget = SLICE_BYTES;
        while (budget > 0) {
            if (current == null && !startNext(connection)) {
                return;
            }
            budget -= step(connection, current);
        }
    }

    private boolean startNext(Connection connection) throws SQLException {
        Long next = firstPending(connection);
        if (next == null) {
            maybePending = false;
            return false;
        }
        current = new Progress(next);
        execute(connection, "DELETE FROM search_word WHERE entry_id = ?", next); // a half-done earlier attempt
        try (PreparedStatement select = connection.prepareStatement("SELECT command, text, started_at FROM entry WHERE id = ?")) {
            select.setLong(1, next);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    current.startedAt = rows.getObject(3);
                    add(connection, current, SearchIndex.Field.COMMAND, SearchIndex.wordsOf(rows.getString(1)));
                    add(connection, current, SearchIndex.Field.TEXT, SearchIndex.wordsOf(rows.getString(2)));
                }
            }
        }
        return true;
    }

    /** Indexes the next output row of the entry, or finishes the stream or the entry; returns the bytes read. */
    private long step(Connection connection, Progress progress) throws SQLException {
        ChunkRows.Row row = progress.indexedBytes >= indexedBytesPerEntry ? null
                : ChunkRows.atOrAfter(connection, progress.entryId, progress.stream, progress.offset);
        Map<String, Long> words = new LinkedHashMap<>();
        SearchIndex.Field field = SearchIndex.Field.valueOf(progress.stream.name());
        if (row == null || (progress.offset == 0 && isBinary(row.data()))) {
            progress.scanner.finish(words::putIfAbsent);
            add(connection, progress, field, words);
            if (progress.stream == OutputStreamKind.STDOUT) {
                progress.stream = OutputStreamKind.STDERR;
                progress.scanner = new WordScanner();
                progress.offset = 0;
            } else {
                execute(connection, "DELETE FROM search_pending WHERE entry_id = ?", progress.entryId);
                current = null;
            }
            return 1;
        }
        int length = (int) Math.min(row.data().length, indexedBytesPerEntry - progress.indexedBytes);
        progress.scanner.feed(row.data(), 0, length, row.start(), words::putIfAbsent);
        progress.indexedBytes += length;
        progress.offset = row.end();
        add(connection, progress, field, words);
        return Math.max(1, row.data().length);
    }

    /** Binary output (a NUL in its first 8000 bytes, as git and grep judge) is not indexed. */
    private static boolean isBinary(byte[] firstRow) {
        for (int i = 0; i < Math.min(firstRow.length, 8000); i++) {
            if (firstRow[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private void add(Connection connection, Progress progress, SearchIndex.Field field, Map<String, Long> words)
            throws SQLException {
        words.keySet().removeIf(word -> !progress.known.add(word));
        index.insertNew(connection, progress.entryId, progress.startedAt, field, words);
    }

    private static Long firstPending(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MIN(entry_id) FROM search_pending");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            long id = rows.getLong(1);
            return rows.wasNull() ? null : id;
        }
    }

    private static void execute(Connection connection, String sql, long entryId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, entryId);
            statement.executeUpdate();
        }
    }

    /** Forgets the entry in progress after a failed slice was rolled back; it starts over after the next seal. */
    void reset() {
        current = null;
        maybePending = false;
    }
}
