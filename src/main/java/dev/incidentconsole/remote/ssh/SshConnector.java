package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.PassphrasePrompt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.schmizz.keepalive.KeepAliveRunner;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;
import net.schmizz.sshj.userauth.UserAuthException;
import dev.incidentconsole.remote.ssh.agent.AgentAuth;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPublickey;

/** Opens an authenticated connection to a host, through its jump hosts, verifying every host key on the way. */
final class SshConnector {

    /** How long a responder has to compare and approve an unknown host key before the attempt is given up. */
    static final Duration APPROVAL_TIME = Duration.ofMinutes(5);

    private final SshClientFactory clients;
    private final HostKeyVerification hostKeys;
    private final PassphrasePrompt passphrases;
    private final Function<String, HostTarget> resolver;
    private final int maxSessions;
    private final Path agentSocket;
    /** Clients still connecting, so closing the transport can end a handshake that waits on a silent host. */
    private final Set<SSHClient> connecting = ConcurrentHashMap.newKeySet();
    /** Identity files this connector has opened, so that a run across many hosts asks for a passphrase once. */
    private final Map<Path, IdentityFileKey> identityFiles = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    SshConnector(SshClientFactory clients, HostKeyVerification hostKeys, PassphrasePrompt passphrases,
                 Function<String, HostTarget> resolver, int maxSessions) {
        this(clients, hostKeys, passphrases, resolver, maxSessions, null);
    }

    /** {@code agentSocket} is the ssh-agent to ask first (SSH_AUTH_SOCK), or null for identity files only. */
    SshConnector(SshClientFactory clients, HostKeyVerification hostKeys, PassphrasePrompt passphrases,
                 Function<String, HostTarget> resolver, int maxSessions, Path agentSocket) {
        this.agentSocket = agentSocket;
        this.clients = clients;
        this.hostKeys = hostKeys;
        this.passphrases = passphrases;
        this.resolver = resolver;
        this.maxSessions = maxSessions;
    }

    SshConnection connect(HostTarget target) throws ConnectFailure {
        List<SSHClient> jumps = new ArrayList<>();
        try {
            SSHClient previous = null;
            for (String jump : target.proxyJump()) {
                HostTarget hop = resolver.apply(jump);
                previous = open(hop, previous, target).client();
                jumps.add(previous);
            }
            Opened opened = open(target, previous, target);
            PublicKey key = opened.verifier().accepted();
            String fingerprint = key == null ? null : HostKeyFingerprint.of(key);
            return new SshConnection(opened.client(), jumps, maxSessions, fingerprint, clockOffset(opened.client()));
        } catch (ConnectFailure e) {
            jumps.forEach(SshConnector::closeQuietly);
            throw e;
        }
    }

    private record Opened(SSHClient client, RecordingVerifier verifier) {
    }

    /**
     * Ends every connection attempt under way (their callers get CANCELLED at once rather than after the host's
     * connect timeout) and refuses new ones, and lets go of the unlocked keys. Open connections are the transport's
     * to close.
     */
    void stop() {
        stopped = true;
        connecting.forEach(SshConnector::closeQuietly);
        identityFiles.clear();
    }

    private Opened open(HostTarget hop, SSHClient via, HostTarget finalTarget) throws ConnectFailure {
        SSHClient client = clients.newClient();
        connecting.add(client);
        try {
            if (stopped) {
                closeQuietly(client);
                throw stoppedWhileConnecting(hop, null);
            }
            return handshake(client, hop, via, finalTarget);
        } finally {
            connecting.remove(client);
        }
    }

    private static ConnectFailure stoppedWhileConnecting(HostTarget hop, Exception cause) {
        return new ConnectFailure(ExecStatus.CANCELLED, hop.alias() + ": not connected: the console was closing", cause);
    }

    private Opened handshake(SSHClient client, HostTarget hop, SSHClient via, HostTarget finalTarget) throws ConnectFailure {
        HostKeyVerifier verifier = hostKeys.verifierFor(hop);
        RecordingVerifier recording = new RecordingVerifier(verifier);
        client.addHostKeyVerifier(recording);
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, hop.connectTimeout().toMillis());
        client.setConnectTimeout(timeoutMs);
        client.setTimeout(timeoutMs); // bounds the wait for the banner; reset once authenticated
        // Key exchange includes the host-key check, which may wait for a person to compare a fingerprint.
        client.getTransport().setTimeoutMs(hop.hostKeyChecking() == HostTarget.HostKeyChecking.STRICT
                ? timeoutMs : (int) Math.max(timeoutMs, APPROVAL_TIME.toMillis()));
        String via0 = via == null ? "" : " (through " + String.join(", ", finalTarget.proxyJump()) + ")";
        try {
            if (via == null) {
                client.connect(hop.hostName(), hop.port());
            } else {
                client.connectVia(via.newDirectConnection(hop.hostName(), hop.port()));
            }
            var keepAlive = client.getConnection().getKeepAlive();
            keepAlive.setKeepAliveInterval((int) Math.max(1, hop.serverAliveInterval().toSeconds()));
            if (keepAlive instanceof KeepAliveRunner) {
                ((KeepAliveRunner) keepAlive).setMaxAliveCount(Math.max(1, hop.serverAliveCountMax()));
            }
            authenticate(client, hop);
            if (client.getSocket() != null) {
                client.getSocket().setSoTimeout(0);
            }
            client.getTransport().setTimeoutMs(Math.max(30_000, timeoutMs));
            return new Opened(client, recording);
        } catch (IOException e) {
            closeQuietly(client);
            if (stopped) {
                throw stoppedWhileConnecting(hop, e);
            }
            throw failure(e, hop, verifier, via0);
        }
    }

    private ConnectFailure failure(IOException e, HostTarget hop, HostKeyVerifier verifier, String via0) {
        if (e instanceof UserAuthException) {
            return new ConnectFailure(ExecStatus.AUTHENTICATION_FAILED, hop.alias() + ": authentication as " + hop.user()
                    + " failed: the server accepted none of " + e.getMessage() + via0, e);
        }
        if (e instanceof TransportException) {
            var refusal = hostKeys.refusalOf(verifier);
            if (refusal.isPresent()) {
                return new ConnectFailure(refusal.get().changed() ? ExecStatus.HOST_KEY_CHANGED : ExecStatus.HOST_KEY_UNKNOWN,
                        refusal.get().message(), e);
            }
            return new ConnectFailure(ExecStatus.UNREACHABLE, hop.alias() + ": SSH handshake with " + endpoint(hop)
                    + " failed: " + reason(e) + via0, e);
        }
        return new ConnectFailure(ExecStatus.UNREACHABLE, hop.alias() + ": cannot reach " + endpoint(hop) + ": "
                + reason(e) + via0, e);
    }

    /** Agent keys first, then identity files, as OpenSSH orders them. */
    private void authenticate(SSHClient client, HostTarget hop) throws IOException {
        List<AuthMethod> methods = new ArrayList<>(AgentAuth.methods(agentSocket));
        List<IdentityFileKey> identities = new ArrayList<>();
        for (Path file : hop.identityFiles()) {
            if (Files.isReadable(file)) {
                IdentityFileKey key = identityFiles.compute(file, (path, known) -> known != null && known.reusable() ? known
                        : new IdentityFileKey(path, passphrases, finder -> client.loadKeys(path.toString(), finder)));
                identities.add(key);
                methods.add(new AuthPublickey(key));
            }
        }
        if (methods.isEmpty()) {
            throw new KeysRefused("any key (no agent, and no identity file is readable: " + hop.identityFiles() + ")", null);
        }
        try {
            client.auth(hop.user(), methods);
        } catch (UserAuthException e) {
            throw new KeysRefused(describeKeys(identities), e);
        }
    }

    /** Names every key offered, and why an identity file took no part (a wrong passphrase, say). */
    private String describeKeys(List<IdentityFileKey> identities) {
        List<String> names = new ArrayList<>();
        if (agentSocket != null) names.add("the ssh-agent's keys");
        for (IdentityFileKey key : identities) {
            names.add(key.problem().map(problem -> key.file() + " (unused: " + problem + ")").orElse(key.file().toString()));
        }
        return String.join(", ", names);
    }

    /** A login the server refused; the message lists the keys that were offered. */
    private static final class KeysRefused extends UserAuthException {
        KeysRefused(String keysOffered, Throwable cause) {
            super(keysOffered, cause);
        }
    }

    private static String endpoint(HostTarget hop) {
        return hop.hostName() + ":" + hop.port();
    }

    private static String reason(IOException e) {
        if (e instanceof ConnectException) return "connection refused";
        if (e instanceof SocketTimeoutException) return "no answer within the connect timeout";
        if (e instanceof UnknownHostException) return "unknown host name " + e.getMessage();
        if (e instanceof NoRouteToHostException) return "no route to host";
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof SocketTimeoutException) return "the server sent no SSH greeting within the connect timeout";
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message;
    }

    /** Remote clock minus local clock, measured around one {@code date} call (RFC 3227 asks to record drift). */
    private static Duration clockOffset(SSHClient client) {
        try (Session session = client.startSession()) {
            long before = System.currentTimeMillis();
            long nanosBefore = System.nanoTime();
            Session.Command command = session.exec("date -u +%s%N");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = command.getInputStream()) {
                in.transferTo(out);
            }
            command.join(5, TimeUnit.SECONDS);
            long roundTripMillis = (System.nanoTime() - nanosBefore) / 1_000_000;
            String text = out.toString(StandardCharsets.US_ASCII).strip();
            long remoteMillis = text.matches("\\d{19,}") ? Long.parseLong(text) / 1_000_000
                    : text.matches("\\d+N?") ? Long.parseLong(text.replace("N", "")) * 1000 : Long.MIN_VALUE;
            if (remoteMillis == Long.MIN_VALUE) {
                return null;
            }
            return Duration.ofMillis(remoteMillis - (before + roundTripMillis / 2));
        } catch (IOException | RuntimeException e) {
            return null; // the offset is recorded when it can be measured; its absence is recorded too
        }
    }

    static void closeQuietly(SSHClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            // already broken; nothing to release
        }
    }

    /** Passes through to the real verifier and remembers the key it accepted, for the evidence. */
    static final class RecordingVerifier implements HostKeyVerifier {
        private final HostKeyVerifier delegate;
        private volatile PublicKey accepted;

        RecordingVerifier(HostKeyVerifier delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean verify(String hostname, int port, PublicKey key) {
            boolean ok = delegate.verify(hostname, port, key);
            if (ok) accepted = key;
            return ok;
        }

        @Override
        public List<String> findExistingAlgorithms(String hostname, int port) {
            return delegate.findExistingAlgorithms(hostname, port);
        }

        PublicKey accepted() {
            return accepted;
        }
    }
}
