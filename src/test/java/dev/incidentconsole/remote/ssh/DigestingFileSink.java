package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.FileSink;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts and hashes what it is given, keeps the first bytes for assertions, and notes the largest chunk. */
class DigestingFileSink implements FileSink {
    private static final int KEEP = 1024 * 1024;
    private final MessageDigest digest;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long bytes;
    long chunks;
    int largestChunk;

    DigestingFileSink() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void chunk(byte[] data, int offset, int length) {
        digest.update(data, offset, length);
        kept.write(data, offset, Math.max(0, Math.min(length, KEEP - kept.size())));
        bytes += length;
        chunks++;
        largestChunk = Math.max(largestChunk, length);
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The first mebibyte received. */
    byte[] firstBytes() {
        return kept.toByteArray();
    }
}
