package dev.incidentconsole.remote.ssh;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import net.schmizz.sshj.SSHClient;

/**
 * One authenticated connection to a host, reused for every command (a fresh session each), with the jump
 * connections it runs through and a cap on concurrent sessions (OpenSSH allows 10 by default).
 */
final class SshConnection implements AutoCloseable {

    private final SSHClient client;
    private final List<SSHClient> jumps;
    private final Semaphore sessions;
    private final String hostKeyFingerprint;
    private final Duration clockOffset;

    SshConnection(SSHClient client, List<SSHClient> jumps, int maxSessions, String hostKeyFingerprint, Duration clockOffset) {
        this.client = client;
        this.jumps = List.copyOf(jumps);
        this.sessions = new Semaphore(maxSessions, true);
        this.hostKeyFingerprint = hostKeyFingerprint;
        this.clockOffset = clockOffset;
    }

    SSHClient client() {
        return client;
    }

    Semaphore sessions() {
        return sessions;
    }

    String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    Duration clockOffset() {
        return clockOffset;
    }

    boolean isAlive() {
        return client.isConnected() && client.isAuthenticated();
    }

    @Override
    public void close() {
        quietly(client);
        for (int i = jumps.size() - 1; i >= 0; i--) {
            quietly(jumps.get(i));
        }
    }

    private static void quietly(SSHClient c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            // Closing a dead connection can fail; there is nothing left to release.
        }
    }
}
