package dev.incidentconsole.evidence.h2;

import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * H2's chunk housekeeping, done by the writer. Every commit writes a new MVStore chunk; H2 rewrites sparsely
 * used chunks (so their space can be reused once RETENTION_TIME has passed) only in its background writer thread,
 * and that thread does not run with WRITE_DELAY=0, which the store needs so that every commit is in the file when
 * the caller hears of it. Without this the file grows by every chunk ever written (100,000 small entries made
 * 9.6 GB). About once a second the writer asks H2 to rewrite up to {@link #WRITE_BYTES} of such chunks: the same
 * {@code MVStore.compact} H2's own background thread uses, committed like any other change, so a killed process
 * keeps everything committed either way. Housekeeping is not evidence: if H2's internals cannot be reached or
 * compaction fails, the store works as before and only the file is larger.
 */
final class StoreCompaction {

    private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Chunks less full than this (live bytes, percent) are rewritten. */
    private static final int TARGET_FILL_RATE = 80;
    private static final int WRITE_BYTES = 4 << 20;

    private final MVStore store;
    private long lastNanos = System.nanoTime();

    StoreCompaction(Connection connection) {
        this.store = mvStoreOf(connection);
    }

    private static MVStore mvStoreOf(Connection connection) {
        try {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            return session.getDatabase().getStore().getMvStore();
        } catch (Exception | LinkageError e) {
            return null; // another H2 build: no housekeeping, nothing else changes
        }
    }

    /** Rewrites some sparse chunks if a second has passed since the last time. Writer thread, between commits. */
    void maybeCompact() {
        long now = System.nanoTime();
        if (store == null || now - lastNanos < EVERY_NANOS) {
            return;
        }
        try {
            store.compact(TARGET_FILL_RATE, WRITE_BYTES);
        } catch (RuntimeException e) {
            // Housekeeping only: the data is untouched and committed; the file just stays larger.
        }
        lastNanos = System.nanoTime();
    }
}
