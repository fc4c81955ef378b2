package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.OutputStreamKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a stream's rows a page at a time, by start offset. H2 materializes a whole result set before returning
 * it, so one SELECT over a 1 GB output would hold 1 GB; pages of 16 rows hold at most 1 MiB.
 */
final class ChunkRows {

    static final int PAGE_ROWS = 16;

    /** One stored row of output. */
    record Row(long start, byte[] data) {
    }

    /** Receives each row in order. */
    interface Visitor {
        void row(long start, byte[] data) throws SQLException;
    }

    private ChunkRows() {
    }

    /** Up to {@code limit} rows starting at or after {@code fromOffset}, in order. */
    static List<Row> page(Connection connection, long entryId, OutputStreamKind stream, long fromOffset, int limit)
            throws SQLException {
        List<Row> page = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT start_offset, data FROM output_chunk"
                + " WHERE entry_id = ? AND stream = ? AND start_offset >= ? ORDER BY start_offset LIMIT ?")) {
            select.setLong(1, entryId);
            select.setString(2, stream.name());
            select.setLong(3, fromOffset);
            select.setInt(4, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    page.add(new Row(rows.getLong(1), rows.getBytes(2)));
                }
            }
        }
        return page;
    }

    static void forEach(Connection connection, long entryId, OutputStreamKind stream, Visitor visitor) throws SQLException {
        long from = 0;
        while (true) {
            List<Row> page = page(connection, entryId, stream, from, PAGE_ROWS);
            for (Row row : page) {
                visitor.row(row.start(), row.data());
            }
            if (page.size() < PAGE_ROWS) {
                return;
            }
            from = page.get(page.size() - 1).start() + 1;
        }
    }
}
