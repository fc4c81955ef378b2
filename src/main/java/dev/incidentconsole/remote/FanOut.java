package dev.incidentconsole.remote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one command on many hosts at once with bounded parallelism. Each host reports its start and its end as
 * they happen, so a caller can show progress; the results come back in the order of the hosts given.
 */
public final class FanOut implements AutoCloseable {

    /** Called from worker threads as each host connects, starts running and finishes. */
    public interface Progress {
        /** The host's turn came: connecting (or reusing the connection) now. */
        void started(HostTarget host);

        /** Connected, and the command is about to run; or not connected, and {@code finished} follows at once. */
        default void connected(HostTarget host, HostConnection connection) {
        }

        void finished(HostTarget host, ExecResult result);

        Progress NONE = new Progress() {
            @Override
            public void started(HostTarget host) {
            }

            @Override
            public void finished(HostTarget host, ExecResult result) {
            }
        };
    }

    private final Transport transport;
    private final ExecutorService workers;

    public FanOut(Transport transport, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.transport = transport;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "fan-out-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public List<ExecResult> run(List<HostTarget> hosts, CommandSpec spec, Function<HostTarget, OutputSink> sinks,
                                Cancellation cancellation, Progress progress) {
        List<Future<ExecResult>> futures = new ArrayList<>();
        for (HostTarget host : hosts) {
            futures.add(workers.submit(() -> {
                Instant attempted = Instant.now();
                progress.started(host);
                HostConnection connection = transport.connect(host);
                progress.connected(host, connection);
                ExecResult result = connection.connected()
                        ? transport.exec(host, spec, sinks.apply(host), cancellation)
                        : ExecResult.notRun(connection, attempted);
                progress.finished(host, result);
                return result;
            }));
        }
        List<ExecResult> results = new ArrayList<>();
        for (Future<ExecResult> future : futures) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancellation.cancel();
                throw new IllegalStateException("interrupted while waiting for hosts", e);
            } catch (ExecutionException e) {
                // Transports report host failures as results; anything thrown is a programming error.
                throw new IllegalStateException("running on a host failed unexpectedly", e.getCause());
            }
        }
        return results;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
