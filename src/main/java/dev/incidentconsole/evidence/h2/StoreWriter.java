package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EvidenceStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The store's only writer: one thread, one connection; the callers' work queued at one moment shares one commit. Between tasks it commits the
 * output of live captures that is due (enough bytes, or the oldest byte is 4/5 of the maximum delay old, which
 * leaves a fifth for the commit itself); when callers pause (20 ms), or at least every 250 ms, it indexes a slice of the search backlog. Callers
 * of {@link #call} wait for their task; producers of output only wait when their stream's buffer is full.
 */
final class StoreWriter implements AutoCloseable {

    private static final long IDLE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The search backlog is indexed once callers have paused this long, */
    private static final long INDEX_WHEN_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** or, under steady load, a slice at least this often, so the backlog cannot starve. */
    private static final long INDEX_AT_LEAST_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final Connection connection;
    private final ChunkWriter chunks;
    private final SearchIndexer indexer;
    private final long flushAfterNanos;
    private final String describedFile;
    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Set<LiveCapture> live = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final Runnable wake = () -> wakeQueued.set(false);
    private final Runnable stop = () -> { };
    private final Thread thread;
    private boolean stopping;
    private long lastGroupNanos = System.nanoTime();
    private long lastSliceNanos = System.nanoTime();

    StoreWriter(Connection connection, ChunkWriter chunks, SearchIndexer indexer, StoreOptions options,
                String describedFile) throws SQLException {
        this.connection = connection;
        this.chunks = chunks;
        this.indexer = indexer;
        this.flushAfterNanos = options.maxCommitDelay().toNanos() * 4 / 5;
        this.describedFile = describedFile;
        connection.setAutoCommit(false);
        this.thread = new Thread(this::loop, "evidence-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs {@code work} on the writer thread and returns its result once it is committed. Work queued at the same
     * moment is committed together (group commit): each piece runs after a savepoint, so a failing piece is rolled
     * back alone, and every caller returns only after the one commit that holds its work.
     */
    <T> T call(SqlWork<T> work) {
        try {
            return callLater(work).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    /**
     * Queues {@code work} like {@link #call} without waiting: the future completes once the commit that holds the
     * work is done, or fails with the store's own exception. It completes on the writer thread, so whoever
     * chains onto it must do no more than hand the result on.
     */
    <T> CompletableFuture<T> callLater(SqlWork<T> work) {
        Job<T> job = new Job<>(work);
        submit(job);
        return job.result;
    }

    /** A caller's work and the future it waits on; completed by the writer after the commit. */
    private static final class Job<T> implements Runnable {
        final SqlWork<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();
        T value;
        Throwable failure;

        Job(SqlWork<T> work) {
            this.work = work;
        }

        /** Jobs are queued with the writer's markers but always run through {@code runGroup}. */
        @Override
        public void run() {
            throw new UnsupportedOperationException("a job runs in a group");
        }

        void complete(java.util.function.Function<Throwable, RuntimeException> translate) {
            if (failure != null) {
                result.completeExceptionally(failure instanceof Error ? failure : translate.apply(failure));
            } else {
                result.complete(value);
            }
        }
    }

    private synchronized void submit(Runnable task) {
        if (stopping) {
            throw new EvidenceStoreException("The evidence store " + describedFile + " is closed.");
        }
        tasks.add(task);
    }

    /** The store's own exception inside a failed {@link #callLater} future (an Error is rethrown as it is). */
    static RuntimeException unwrap(CompletionException failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return (RuntimeException) cause;
    }

    private RuntimeException translate(Throwable cause) {
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        return new EvidenceStoreException("Cannot write to the evidence store " + describedFile + ": "
                + cause.getMessage(), cause);
    }

    /**
     * Runs the jobs in one transaction, each after a savepoint (a failing job is rolled back to it, the others
     * stay), commits once, then completes every job's future: nobody hears of success before the commit.
     */
    private void runGroup(List<Job<?>> jobs) {
        for (Job<?> job : jobs) {
            runAfterSavepoint(job);
        }
        try {
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            for (Job<?> job : jobs) {
                if (job.failure == null) {
                    job.failure = e;
                }
            }
        }
        jobs.forEach(job -> job.complete(this::translate));
    }

    private <T> void runAfterSavepoint(Job<T> job) {
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException | RuntimeException e) {
            job.failure = e;
            return;
        }
        try {
            job.value = job.work.run(connection);
        } catch (Throwable e) {
            job.failure = e;
            try {
                connection.rollback(savepoint);
            } catch (SQLException | RuntimeException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            return; // the caller gets the failure, as if its work had run alone
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException | RuntimeException e) {
            // The savepoint is dropped at the commit anyway.
        }
    }

    /** Starts watching a capture's pending output. */
    void watch(LiveCapture capture) {
        live.add(capture);
    }

    void forget(LiveCapture capture) {
        live.remove(capture);
    }

    /** Makes the writer look at pending output now (at most one wake-up waits in the queue). */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            tasks.add(wake);
        }
    }

    private void loop() {
        try {
            while (true) {
                Runnable task = tasks.poll();
                if (task == null && indexer.hasWork()) {
                    long now = System.nanoTime();
                    long idle = now - lastGroupNanos;
                    if (idle >= INDEX_WHEN_IDLE_NANOS || now - lastSliceNanos >= INDEX_AT_LEAST_EVERY_NANOS) {
                        indexSlice();
                        lastSliceNanos = System.nanoTime();
                        flushDue(false);
                        continue;
                    }
                    // Callers are busy: each slice is a commit of its own, so index once they pause (or now and
                    // then), and many small entries share one slice instead of costing a commit each.
                    task = tasks.poll(Math.min(nanosUntilNextFlush(), INDEX_WHEN_IDLE_NANOS - idle), TimeUnit.NANOSECONDS);
                    if (task == null) {
                        flushDue(false);
                        continue;
                    }
                }
                if (task == null) {
                    task = tasks.poll(nanosUntilNextFlush(), TimeUnit.NANOSECONDS);
                }
                if (task == stop) {
                    break;
                }
                if (task instanceof Job) {
                    List<Runnable> queued = new ArrayList<>();
                    queued.add(task);
                    tasks.drainTo(queued);
                    List<Job<?>> group = new ArrayList<>();
                    boolean stopAfter = false;
                    for (Runnable next : queued) {
                        if (next instanceof Job) {
                            group.add((Job<?>) next);
                        } else if (next == stop) {
                            stopAfter = true; // nothing is queued after stop: submit refuses once stopping
                        } else {
                            next.run();
                        }
                    }
                    runGroup(group);
                    lastGroupNanos = System.nanoTime();
                    indexer.entriesSealed();
                    if (stopAfter) {
                        break;
                    }
                } else if (task != null) {
                    task.run();
                }
                flushDue(false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushDue(true);
    }

    private long nanosUntilNextFlush() {
        long now = System.nanoTime();
        long wait = IDLE_WAIT_NANOS;
        for (LiveCapture capture : live) {
            wait = Math.min(wait, capture.nanosUntilDue(now, flushAfterNanos));
        }
        return Math.max(wait, 1);
    }

    private void flushDue(boolean everything) {
        long now = System.nanoTime();
        List<LiveCapture> due = new ArrayList<>();
        for (LiveCapture capture : live) {
            if (everything || capture.due(now, flushAfterNanos)) {
                due.add(capture);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        try {
            for (LiveCapture capture : due) {
                chunks.writePending(connection, capture);
            }
            connection.commit();
            due.forEach(LiveCapture::commitReturned);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            String reason = "Output could not be stored in the evidence store " + describedFile + ": " + e.getMessage()
                    + ". What was committed before is kept; the entry will be recovered as interrupted.";
            due.forEach(capture -> capture.fail(reason));
            due.forEach(live::remove);
        }
    }

    private void indexSlice() {
        try {
            indexer.slice(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            // The index is not evidence: the entry stays in the backlog and is tried again from its start.
            rollbackQuietly();
            indexer.reset();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The database is failing already; the captures are marked failed either way.
        }
    }

    /** Commits all pending output, stops the thread and closes the connection; later calls fail. */
    @Override
    public void close() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            tasks.add(stop);
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        live.forEach(capture -> capture.fail("The evidence store " + describedFile + " was closed while capturing."));
        live.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            // Everything was committed above; a failing close loses nothing more.
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
