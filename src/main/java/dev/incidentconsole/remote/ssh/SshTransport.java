package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FileSink;
import dev.incidentconsole.remote.HostConnection;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;

/**
 * Runs commands over SSH with one reused connection per host and a fresh session per command. Output is
 * pumped from stdout and stderr concurrently (reading one after the other hangs once a command prints more
 * than the channel window). Stopping a command sends TERM, then KILL: closing the session alone leaves the
 * remote process running, while OpenSSH delivers a signal to the whole process group of the command.
 */
public final class SshTransport implements Transport {

    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration KILL_GRACE = Duration.ofSeconds(2);

    /** How often a caller waiting on a connection or a session looks whether it was cancelled. */
    private static final long WAIT_POLL_MILLIS = 50;
    private final SshConnector connector;
    private final ConcurrentHashMap<String, CompletableFuture<SshConnection>> connections = new ConcurrentHashMap<>();
    /** Connection attempts and the stderr pumps: threads that wait on the network, never on the caller. */
    private final ExecutorService readers = Executors.newCachedThreadPool(daemon("ssh-io"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("ssh-timer"));
    private final SftpCollector files = new SftpCollector(this::connection, readers);

    public SshTransport(HostKeyVerification hostKeys, PassphrasePrompt passphrases, Function<String, HostTarget> resolver,
                        int maxSessionsPerHost) {
        this(hostKeys, passphrases, resolver, maxSessionsPerHost, null);
    }

    /** {@code agentSocket}: the ssh-agent to try before identity files, or null. */
    public SshTransport(HostKeyVerification hostKeys, PassphrasePrompt passphrases, Function<String, HostTarget> resolver,
                        int maxSessionsPerHost, java.nio.file.Path agentSocket) {
        this.connector = new SshConnector(new SshClientFactory(), hostKeys, passphrases, resolver, maxSessionsPerHost,
                agentSocket);
    }

    @Override
    public ExecResult exec(HostTarget host, CommandSpec spec, OutputSink sink, Cancellation cancellation) {
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        ExecOutcome outcome = new ExecOutcome(host.alias(), started, startNanos);
        if (cancellation.isCancelled()) {
            return outcome.finish(ExecStatus.CANCELLED, "cancelled before it started");
        }
        SshConnection connection;
        try {
            connection = connection(host, cancellation);
        } catch (ConnectFailure failure) {
            return outcome.finish(failure.status(), failure.getMessage());
        }
        outcome.connectedTo(connection);
        try {
            while (!connection.sessions().tryAcquire(WAIT_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancellation.isCancelled()) {
                    return outcome.finish(ExecStatus.CANCELLED, "cancelled while waiting for a free session");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcome.finish(ExecStatus.CANCELLED, "interrupted while waiting for a free session");
        }
        try {
            return run(connection, host, spec, sink, cancellation, outcome);
        } finally {
            connection.sessions().release();
        }
    }

    @Override
    public CollectedFile collect(HostTarget host, String remotePath, FileSink sink, Cancellation cancellation) {
        return files.collect(host, remotePath, sink, cancellation);
    }

    @Override
    public HostConnection connect(HostTarget host) {
        try {
            SshConnection connection = connection(host, Cancellation.none());
            return new HostConnection(host.alias(), null, connection.hostKeyFingerprint(), connection.clockOffset(),
                    "connected to " + host.user() + "@" + host.hostName() + ":" + host.port());
        } catch (ConnectFailure failure) {
            return new HostConnection(host.alias(), failure.status(), null, null, failure.getMessage());
        }
    }

    private ExecResult run(SshConnection connection, HostTarget host, CommandSpec spec, OutputSink sink,
                           Cancellation cancellation, ExecOutcome outcome) {
        AtomicReference<ExecStatus> stopReason = new AtomicReference<>();
        String runTag = spec.runTag() != null ? spec.runTag() : CommandSpec.newRunTag();
        outcome.commandSent = spec.remoteCommandLine(runTag);
        Session.Command command;
        Session session;
        try {
            session = connection.client().startSession();
            command = session.exec(outcome.commandSent);
        } catch (IOException e) {
            forget(host, connection);
            return outcome.finish(ExecStatus.CONNECTION_LOST, "could not open a session: " + e.getMessage());
        }
        Stop stop = new Stop(connection, command, runTag, stopReason);
        Runnable unregister = cancellation.onCancel(() -> stop.request(ExecStatus.CANCELLED));
        Duration timeout = spec.timeout() == null ? DEFAULT_TIMEOUT : spec.timeout();
        ScheduledFuture<?> watchdog = timers.schedule(() -> stop.request(ExecStatus.TIMED_OUT),
                timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (session) {
            Future<Long> stderr = readers.submit(() -> pump(command.getErrorStream(), OutputSink.Stream.STDERR, sink));
            String lost = null;
            try {
                outcome.stdoutBytes = pump(command.getInputStream(), OutputSink.Stream.STDOUT, sink);
            } catch (IOException e) {
                lost = e.getMessage();
            }
            try {
                outcome.stderrBytes = stderr.get();
            } catch (ExecutionException e) {
                lost = lost != null ? lost : String.valueOf(e.getCause().getMessage());
            }
            command.join(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            return classify(command, stopReason.get(), lost, host, connection, outcome, timeout);
        } catch (IOException e) {
            forget(host, connection);
            return outcome.finish(ExecStatus.CONNECTION_LOST, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.request(ExecStatus.CANCELLED);
            return outcome.finish(ExecStatus.CANCELLED, "interrupted");
        } finally {
            watchdog.cancel(false);
            unregister.run();
        }
    }

    private ExecResult classify(Session.Command command, ExecStatus stopped, String lost, HostTarget host,
                                SshConnection connection, ExecOutcome outcome, Duration timeout) {
        Integer exit = command.getExitStatus();
        Signal signal = command.getExitSignal();
        outcome.exitCode = exit;
        outcome.exitSignal = signal == null ? null : signal.name();
        if (stopped == ExecStatus.TIMED_OUT) {
            return outcome.finish(stopped, "stopped after " + timeout.toSeconds() + " s");
        }
        if (stopped != null) {
            return outcome.finish(stopped, null);
        }
        if (exit != null) {
            return outcome.finish(exit == 0 ? ExecStatus.SUCCEEDED : ExecStatus.FAILED, null);
        }
        if (signal != null) {
            return outcome.finish(ExecStatus.KILLED_BY_SIGNAL, command.getExitErrorMessage());
        }
        forget(host, connection);
        return outcome.finish(ExecStatus.CONNECTION_LOST,
                "the connection ended before the command reported an exit status" + (lost == null ? "" : ": " + lost));
    }

    /**
     * TERM now, KILL after a grace period, then close the channel. Each signal goes both as an SSH signal
     * request and through {@link RemoteStopper}, because servers differ in which of the two they honour.
     */
    private final class Stop {
        private final SshConnection connection;
        private final Session.Command command;
        private final String runTag;
        private final AtomicReference<ExecStatus> reason;

        Stop(SshConnection connection, Session.Command command, String runTag, AtomicReference<ExecStatus> reason) {
            this.connection = connection;
            this.command = command;
            this.runTag = runTag;
            this.reason = reason;
        }

        void request(ExecStatus why) {
            if (!reason.compareAndSet(null, why)) {
                return;
            }
            send(Signal.TERM);
            timers.schedule(() -> {
                if (command.isOpen()) send(Signal.KILL);
            }, KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            timers.schedule(() -> {
                try {
                    if (command.isOpen()) command.close();
                } catch (IOException e) {
                    // the channel is gone already
                }
            }, KILL_GRACE.toMillis() * 2, TimeUnit.MILLISECONDS);
        }

        private void send(Signal signal) {
            try {
                command.signal(signal);
            } catch (IOException e) {
                // the command may have ended in the meantime
            }
            readers.execute(() -> RemoteStopper.stop(connection.client(), runTag, signal));
        }
    }

    private static long pump(InputStream in, OutputSink.Stream stream, OutputSink sink) throws IOException {
        byte[] buffer = new byte[32 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                sink.chunk(stream, buffer, 0, n, System.nanoTime());
                total += n;
            }
        }
        return total;
    }

    /**
     * The pooled connection to {@code host}, made on an I/O thread by whoever asks first; every caller waits for it
     * and a cancel ends the wait at once (as a ConnectFailure with CANCELLED), while the attempt goes on for the
     * others sharing it.
     */
    private SshConnection connection(HostTarget host, Cancellation cancellation) throws ConnectFailure {
        String key = poolKey(host);
        while (true) {
            CompletableFuture<SshConnection> mine = new CompletableFuture<>();
            CompletableFuture<SshConnection> existing = connections.putIfAbsent(key, mine);
            if (existing == null) {
                startConnecting(host, key, mine);
            }
            SshConnection connection = await(existing == null ? mine : existing, host, cancellation);
            if (connection.isAlive()) {
                return connection;
            }
            connections.remove(key, existing == null ? mine : existing);
            connection.close();
        }
    }

    private void startConnecting(HostTarget host, String key, CompletableFuture<SshConnection> pending) throws ConnectFailure {
        try {
            readers.execute(() -> {
                try {
                    pending.complete(connector.connect(host));
                } catch (ConnectFailure | RuntimeException e) {
                    connections.remove(key, pending);
                    pending.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            connections.remove(key, pending);
            throw new ConnectFailure(ExecStatus.CANCELLED, host.alias() + ": not connected: the console was closing", e);
        }
    }

    private static SshConnection await(CompletableFuture<SshConnection> pending, HostTarget host, Cancellation cancellation)
            throws ConnectFailure {
        try {
            while (true) {
                try {
                    return pending.get(WAIT_POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillConnecting) {
                    if (cancellation.isCancelled()) {
                        throw new ConnectFailure(ExecStatus.CANCELLED, host.alias() + ": cancelled while connecting", null);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectFailure(ExecStatus.CANCELLED, host.alias() + ": interrupted while connecting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConnectFailure failure) throw failure;
            throw new ConnectFailure(ExecStatus.UNREACHABLE, host.alias() + ": " + e.getCause(), e.getCause());
        }
    }

    private void forget(HostTarget host, SshConnection connection) {
        CompletableFuture<SshConnection> current = connections.get(poolKey(host));
        if (current != null && current.isDone() && !current.isCompletedExceptionally() && current.join() == connection) {
            connections.remove(poolKey(host), current);
            connection.close();
        }
    }

    private static String poolKey(HostTarget host) {
        return host.alias() + "|" + host.user() + "@" + host.hostName() + ":" + host.port();
    }

    @Override
    public void close() {
        connector.stop(); // a handshake waiting on a silent host ends now, not at its connect timeout
        connections.values().forEach(f -> f.thenAccept(SshConnection::close));
        connections.clear();
        readers.shutdownNow();
        timers.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
