package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.OutputStreamKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a capture's pending output as rows of the output_chunk table and feeds the first
 * {@code indexedBytesPerEntry} bytes to the word index. Writer thread only; the caller commits.
 */
final class ChunkWriter {

    /** Words remembered per capture to spare the index a lookup; beyond this the database dedupes. */
    private static final int REMEMBERED_WORDS = 10_000;

    private final SearchIndex index;
    private final long indexedBytesPerEntry;

    ChunkWriter(SearchIndex index, long indexedBytesPerEntry) {
        this.index = index;
        this.indexedBytesPerEntry = indexedBytesPerEntry;
    }

    /** Writes everything pending on both streams; returns the number of bytes written. */
    long writePending(Connection connection, LiveCapture capture) throws SQLException {
        long written = 0;
        for (OutputStreamKind stream : OutputStreamKind.values()) {
            List<byte[]> rows = capture.pending(stream).takeAll();
            if (!rows.isEmpty()) {
                written += write(connection, capture, stream, rows);
            }
        }
        return written;
    }

    private long write(Connection connection, LiveCapture capture, OutputStreamKind stream, List<byte[]> rows)
            throws SQLException {
        StreamProgress progress = capture.progress(stream);
        long written = 0;
        Map<String, Long> words = new LinkedHashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO output_chunk (entry_id, stream, start_offset, data) VALUES (?, ?, ?, ?)")) {
            for (byte[] row : rows) {
                long start = progress.length();
                insert.setLong(1, capture.entryId());
                insert.setString(2, stream.name());
                insert.setLong(3, start);
                insert.setBytes(4, row);
                insert.executeUpdate();
                progress.committed(row);
                written += row.length;
                indexWords(capture, progress, row, start, words);
            }
        }
        rememberAndAdd(connection, capture, stream, words);
        return written;
    }

    private void indexWords(LiveCapture capture, StreamProgress progress, byte[] row, long start, Map<String, Long> words) {
        long budget = indexedBytesPerEntry - capture.indexedBytes();
        if (budget <= 0) {
            return;
        }
        int length = (int) Math.min(row.length, budget);
        progress.words().feed(row, 0, length, start, words::putIfAbsent);
        capture.addIndexedBytes(length);
    }

    /** Indexes the word an output ends with (it has no separator after it). */
    void finishWords(Connection connection, LiveCapture capture) throws SQLException {
        for (OutputStreamKind stream : OutputStreamKind.values()) {
            Map<String, Long> words = new LinkedHashMap<>();
            capture.progress(stream).words().finish(words::putIfAbsent);
            rememberAndAdd(connection, capture, stream, words);
        }
    }

    private void rememberAndAdd(Connection connection, LiveCapture capture, OutputStreamKind stream,
                                Map<String, Long> words) throws SQLException {
        Set<String> known = capture.indexedWords();
        Map<String, Long> fresh = new LinkedHashMap<>();
        for (Map.Entry<String, Long> word : words.entrySet()) {
            if (!known.contains(word.getKey())) {
                fresh.put(word.getKey(), word.getValue());
                if (known.size() < REMEMBERED_WORDS) {
                    known.add(word.getKey());
                }
            }
        }
        index.add(connection, capture.entryId(), SearchIndex.Field.valueOf(stream.name()), fresh);
    }

    static Set<String> newWordMemory() {
        return new HashSet<>();
    }
}
