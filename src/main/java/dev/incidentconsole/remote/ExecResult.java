package dev.incidentconsole.remote;

import java.time.Duration;
import java.time.Instant;

/**
 * What one command did on one host; {@code commandSent} is the exact text sent (null if none was). {@code clockOffset} is the remote clock minus ours, measured at connect
 * (null when the host was never reached). {@code exitCode} is null when the command did not exit normally;
 * {@code exitSignal} names the signal that ended it, if any. Output went to the sink; only counts are here.
 */
public record ExecResult(String hostAlias, String commandSent, ExecStatus status, Integer exitCode, String exitSignal, Instant started,
                         Instant ended, Duration duration, long stdoutBytes, long stderrBytes, String hostKeyFingerprint,
                         Duration clockOffset, String detail) {

    /** The result for a host the command never ran on, because connecting to it failed. */
    public static ExecResult notRun(HostConnection connection, Instant attempted) {
        Duration waited = Duration.between(attempted, Instant.now());
        return new ExecResult(connection.hostAlias(), null, connection.failure(), null, null, attempted, Instant.now(),
                waited, 0, 0, connection.hostKeyFingerprint(), connection.clockOffset(), connection.detail());
    }

    /** A line a responder can act on: host, what happened, and why. */
    public String describe() {
        StringBuilder text = new StringBuilder(hostAlias).append(": ");
        switch (status) {
            case SUCCEEDED: text.append("exited 0"); break;
            case FAILED: text.append("exited ").append(exitCode); break;
            case KILLED_BY_SIGNAL: text.append("killed by SIG").append(exitSignal); break;
            default: text.append(status.words());
        }
        if (detail != null && !detail.isBlank()) {
            text.append(" (").append(detail).append(')');
        }
        return text.toString();
    }
}
