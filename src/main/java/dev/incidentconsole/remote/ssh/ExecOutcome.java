package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import java.time.Duration;
import java.time.Instant;

/** What an {@link ExecResult} will say, collected while the command runs; used by one thread at a time. */
final class ExecOutcome {

    private final String alias;
    private final Instant started;
    private final long startNanos;
    private String fingerprint;
    private Duration clockOffset;
    String commandSent;
    long stdoutBytes;
    long stderrBytes;
    Integer exitCode;
    String exitSignal;

    ExecOutcome(String alias, Instant started, long startNanos) {
        this.alias = alias;
        this.started = started;
        this.startNanos = startNanos;
    }

    void connectedTo(SshConnection connection) {
        fingerprint = connection.hostKeyFingerprint();
        clockOffset = connection.clockOffset();
    }

    ExecResult finish(ExecStatus status, String detail) {
        Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
        return new ExecResult(alias, commandSent, status, exitCode, exitSignal, started, started.plus(duration), duration,
                stdoutBytes, stderrBytes, fingerprint, clockOffset, detail);
    }
}
