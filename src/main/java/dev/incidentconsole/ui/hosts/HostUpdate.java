package dev.incidentconsole.ui.hosts;

import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostConnection;
import java.time.Duration;
import java.util.Optional;

/**
 * One new fact about one host, from any thread. Only the latest update per host matters, which is what lets
 * the panel apply a burst of them in one go.
 */
record HostUpdate(String alias, ConnectionState state, String fingerprint, Duration clockOffset,
                  ConnectionProblem problem) {

    static HostUpdate connecting(String alias) {
        return new HostUpdate(alias, ConnectionState.CONNECTING, null, null, null);
    }

    static HostUpdate of(HostConnection connection) {
        if (connection.connected()) {
            return new HostUpdate(connection.hostAlias(), ConnectionState.CONNECTED, connection.hostKeyFingerprint(),
                    connection.clockOffset(), null);
        }
        return failed(connection.hostAlias(), ConnectionProblem.of(connection.failure(), connection.detail()));
    }

    /**
     * What a command's result says about the connection: it got through (whatever the command's exit), it
     * failed to connect or lost the connection, or, for a command cancelled before it reached the host, nothing.
     */
    static Optional<HostUpdate> of(ExecResult result) {
        ExecStatus status = result.status();
        boolean connectionFailed = status == ExecStatus.UNREACHABLE || status == ExecStatus.HOST_KEY_UNKNOWN
                || status == ExecStatus.HOST_KEY_CHANGED || status == ExecStatus.AUTHENTICATION_FAILED
                || status == ExecStatus.CONNECTION_LOST;
        if (connectionFailed) {
            return Optional.of(failed(result.hostAlias(), ConnectionProblem.of(status, result.detail())));
        }
        if (result.hostKeyFingerprint() == null) {
            return Optional.empty();
        }
        return Optional.of(new HostUpdate(result.hostAlias(), ConnectionState.CONNECTED, result.hostKeyFingerprint(),
                result.clockOffset(), null));
    }

    static HostUpdate failed(String alias, ConnectionProblem problem) {
        return new HostUpdate(alias, ConnectionState.FAILED, null, null, problem);
    }
}
