package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.OutputStreamKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes a capture's pending output as rows of the output_chunk table. Writer thread only; the caller commits. */
final class ChunkWriter {

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

    private static long write(Connection connection, LiveCapture capture, OutputStreamKind stream, List<byte[]> rows)
            throws SQLException {
        StreamProgress progress = capture.progress(stream);
        long written = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO output_chunk (entry_id, stream, start_offset, data) VALUES (?, ?, ?, ?)")) {
            for (byte[] row : rows) {
                insert.setLong(1, capture.entryId());
                insert.setString(2, stream.name());
                insert.setLong(3, progress.length());
                insert.setBytes(4, row);
                insert.executeUpdate();
                progress.committed(row);
                written += row.length;
            }
        }
        return written;
    }
}
