package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.ExecStatus;

/** Why a host could not be reached, as a status and a sentence naming the host and the cause. */
final class ConnectFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ExecStatus status;

    ConnectFailure(ExecStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    ExecStatus status() {
        return status;
    }
}
