package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Recomputes one stream's length and SHA-256 from its stored rows and notices rows that do not follow each
 * other (a row removed or shortened). Used to recover interrupted captures and to verify.
 */
final class ChunkScan {

    /** What the stored rows add up to; {@code gap} describes the first discontinuity, or is null. */
    record Result(long length, String sha256, String gap) {
    }

    private final MessageDigest digest = EntryHashing.sha256();
    private long length;
    private String gap;

    private ChunkScan() {
    }

    static Result scan(Connection connection, long entryId, OutputStreamKind stream) throws SQLException {
        ChunkScan scan = new ChunkScan();
        ChunkRows.forEach(connection, entryId, stream, (start, data) -> scan.add(stream, start, data));
        return new Result(scan.length, HexFormat.of().formatHex(scan.digest.digest()), scan.gap);
    }

    private void add(OutputStreamKind stream, long start, byte[] data) {
        if (start != length && gap == null) {
            gap = "the stored " + stream + " rows do not follow each other at byte " + length
                    + " (the next row starts at " + start + ")";
        }
        digest.update(data);
        length += data.length;
    }
}
