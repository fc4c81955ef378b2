package dev.incidentconsole.evidence;

import java.util.concurrent.CompletableFuture;

/**
 * A command being captured: its output is committed to the store as it arrives (at least every 256 KiB or
 * 500 ms), hashed incrementally and never held whole in memory. {@link #append} may be called concurrently for
 * the two streams (one caller per stream); {@link #seal} once, after the last append.
 */
public interface CommandCapture {

    void append(OutputStreamKind stream, byte[] data, int offset, int length);

    /** Flushes what is pending, seals the entry into the incident's chain and returns it once committed. */
    default EvidenceEntry seal(CommandEnd end) {
        return EvidenceStore.await(sealLater(end));
    }

    /**
     * Seals like {@link #seal} without waiting; the future completes when the commit holding the entry is done.
     * Work queued meanwhile (the step's status, another host's seal) shares that commit.
     */
    CompletableFuture<EvidenceEntry> sealLater(CommandEnd end);
}
