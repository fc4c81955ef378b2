package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EntryHashing;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * What the writer has committed of one output stream: its length and a running SHA-256, so sealing needs no
 * second pass over the bytes. Touched by the writer thread only.
 */
final class StreamProgress {

    private final MessageDigest digest = EntryHashing.sha256();
    private long length;

    long length() {
        return length;
    }

    /** Counts bytes that were just written to the database. */
    void committed(byte[] row) {
        digest.update(row);
        length += row.length;
    }

    /** The digest of everything committed; call once, when sealing. */
    String finishDigest() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
