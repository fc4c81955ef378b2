package dev.incidentconsole.remote;

import java.time.Duration;

/**
 * The state of the connection to one host: connected (with its host-key fingerprint and clock offset) or
 * why not ({@code failure} is then one of UNREACHABLE, HOST_KEY_UNKNOWN, HOST_KEY_CHANGED, AUTHENTICATION_FAILED).
 */
public record HostConnection(String hostAlias, ExecStatus failure, String hostKeyFingerprint, Duration clockOffset,
                             String detail) {

    public boolean connected() {
        return failure == null;
    }
}
