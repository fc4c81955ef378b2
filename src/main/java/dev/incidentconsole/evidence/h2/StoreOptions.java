package dev.incidentconsole.evidence.h2;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Tunables of an {@link H2EvidenceStore}. {@code maxCommitDelay} and {@code commitBytes}: captured output is
 * committed once this much is pending or its oldest byte is this old, whichever comes first.
 * {@code pendingBytesPerStream} bounds what a capture may hold in memory per stream before {@code append} waits
 * for the writer (back-pressure). {@code indexedBytesPerEntry}: how much of each output stream the search index
 * reads.
 */
public record StoreOptions(Clock clock, RandomGenerator random, Duration maxCommitDelay, int commitBytes,
                           int pendingBytesPerStream, long indexedBytesPerEntry, int readerConnections) {

    public static final int ROW_BYTES = 64 * 1024;

    public StoreOptions {
        if (commitBytes < ROW_BYTES || pendingBytesPerStream < commitBytes) {
            throw new IllegalArgumentException("need " + ROW_BYTES + " <= commitBytes <= pendingBytesPerStream");
        }
        if (maxCommitDelay.isNegative() || maxCommitDelay.isZero() || readerConnections < 1 || indexedBytesPerEntry < 0) {
            throw new IllegalArgumentException("maxCommitDelay, readerConnections must be positive, indexedBytesPerEntry not negative");
        }
    }

    /** 500 ms or 256 KiB, 1 MiB pending per stream, 1 MiB indexed per stream, four reader connections. */
    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemUTC(), new SecureRandom(), Duration.ofMillis(500), 256 * 1024,
                1024 * 1024, 1024 * 1024, 4);
    }

    public StoreOptions withClock(Clock newClock) {
        return new StoreOptions(newClock, random, maxCommitDelay, commitBytes, pendingBytesPerStream, indexedBytesPerEntry,
                readerConnections);
    }

    public StoreOptions withIndexedBytesPerEntry(long bytes) {
        return new StoreOptions(clock, random, maxCommitDelay, commitBytes, pendingBytesPerStream, bytes, readerConnections);
    }
}
