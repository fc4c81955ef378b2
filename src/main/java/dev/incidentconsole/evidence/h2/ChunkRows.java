package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.OutputStreamKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a stream's rows one at a time by exact key. Rows follow each other (each starts where the one before
 * ended), so the next key is known; H2 would otherwise either sort every later row of the stream to find the
 * first (a 1 GB output read into the heap) or walk the index from the stream's start for each row.
 */
final class ChunkRows {

    /** One stored row of output. */
    record Row(long start, byte[] data) {

        long end() {
            return start + Math.max(1, data.length);
        }
    }

    /** Receives each row in order. */
    interface Visitor {
        void row(long start, byte[] data) throws SQLException;
    }

    private ChunkRows() {
    }

    /** The row that starts at {@code offset}, or else the first one after it (only a damaged store has gaps); null at the end. */
    static Row atOrAfter(Connection connection, long entryId, OutputStreamKind stream, long offset) throws SQLException {
        Row row = exactly(connection, entryId, stream, offset);
        if (row != null) {
            return row;
        }
        Long next = bound(connection, "SELECT MIN(start_offset) FROM output_chunk"
                + " WHERE entry_id = ? AND stream = ? AND start_offset > ?", entryId, stream, offset);
        return next == null ? null : exactly(connection, entryId, stream, next);
    }

    /** The row that holds byte {@code position} (rows are at most 64 KiB long), or null. */
    static Row holding(Connection connection, long entryId, OutputStreamKind stream, long position) throws SQLException {
        Long start = bound(connection, "SELECT MAX(start_offset) FROM output_chunk WHERE entry_id = ? AND stream = ?"
                + " AND start_offset <= ? AND start_offset > " + (position - StoreOptions.ROW_BYTES), entryId, stream,
                position);
        return start == null ? null : exactly(connection, entryId, stream, start);
    }

    static void forEach(Connection connection, long entryId, OutputStreamKind stream, Visitor visitor) throws SQLException {
        for (Row row = atOrAfter(connection, entryId, stream, 0); row != null;
             row = atOrAfter(connection, entryId, stream, row.end())) {
            visitor.row(row.start(), row.data());
        }
    }

    private static Row exactly(Connection connection, long entryId, OutputStreamKind stream, long offset)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT data FROM output_chunk WHERE entry_id = ? AND stream = ? AND start_offset = ?")) {
            select.setLong(1, entryId);
            select.setString(2, stream.name());
            select.setLong(3, offset);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new Row(offset, rows.getBytes(1)) : null;
            }
        }
    }

    private static Long bound(Connection connection, String sql, long entryId, OutputStreamKind stream, long offset)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, entryId);
            select.setString(2, stream.name());
            select.setLong(3, offset);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                long value = rows.getLong(1);
                return rows.wasNull() ? null : value;
            }
        }
    }
}
