package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EntryHashing;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * What the writer has committed of one output stream: its length and a running SHA-256, so sealing needs no
 * second pass over the bytes. Touched by the writer thread only, except {@link #onFile}.
 */
final class StreamProgress {

    private final MessageDigest digest = EntryHashing.sha256();
    private long length;
    /**
     * The length once the commit holding it has returned. H2 shows a commit to other connections a moment before it
     * has written it to the file, so only this figure is sure to survive the process being killed.
     */
    private volatile long onFile;

    long length() {
        return length;
    }

    /** Counts bytes that were just written to the database. */
    void committed(byte[] row) {
        digest.update(row);
        length += row.length;
    }

    /** Called after the commit that holds every row counted so far has returned. */
    void commitReturned() {
        onFile = length;
    }

    /** Bytes of this stream that are in the database file; readable from any thread. */
    long onFile() {
        return onFile;
    }

    /** The digest of everything committed; call once, when sealing. */
    String finishDigest() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
