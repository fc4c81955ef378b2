package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.HostTarget.HostKeyChecking;
import dev.incidentconsole.remote.UnknownHostKey;
import dev.incidentconsole.remote.ssh.HostKeyOutcome.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.transport.TransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy in a real sshj key exchange against an in-process SSH server on a loopback port. */
class HostKeyPolicyMinaTest {

    @TempDir
    Path dir;

    private MinaSshServer server;
    private Path userKnownHosts;
    private AppKnownHostsFile appFile;
    private String knownHostsName;
    private String serverFingerprint;

    @BeforeEach
    void startServer() {
        server = new MinaSshServer(dir);
        userKnownHosts = dir.resolve("user").resolve("known_hosts");
        appFile = new AppKnownHostsFile(dir.resolve("app").resolve("known_hosts"));
        knownHostsName = "[127.0.0.1]:" + server.port();
        serverFingerprint = HostKeyFingerprint.of(server.hostKey());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void knownKeyIsAccepted() throws Exception {
        writeUserKnownHosts(server.knownHostsLine(knownHostsName));
        HostKeyPolicy policy = policy(HostKeyChecking.STRICT, HostKeyApprover.REFUSE_ALL);

        connect(policy);

        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.KNOWN);
        assertThat(policy.outcome().accepted()).isTrue();
        assertThat(policy.outcome().presentedFingerprint()).isEqualTo(serverFingerprint);
        assertThat(policy.outcome().refusalStatus()).isEmpty();
    }

    @Test
    void changedKeyIsRefusedNamingBothFingerprintsWithoutAsking() throws Exception {
        String oldKey = TestKeys.line(knownHostsName, TestKeys.ecdsa256());
        writeUserKnownHosts(oldKey);
        String oldFingerprint = KnownHosts.parse("kh", oldKey).keysFor(knownHostsName).get(0).fingerprint();
        RecordingApprover approver = new RecordingApprover(true);
        HostKeyPolicy policy = policy(HostKeyChecking.ACCEPT_NEW, approver);

        assertThatThrownBy(() -> connect(policy)).isInstanceOf(TransportException.class);

        HostKeyOutcome outcome = policy.outcome();
        assertThat(outcome.verdict()).isEqualTo(Verdict.REFUSED_CHANGED);
        assertThat(outcome.refusalStatus()).contains(ExecStatus.HOST_KEY_CHANGED);
        assertThat(outcome.knownFingerprints()).containsExactly(oldFingerprint);
        assertThat(outcome.presentedFingerprint()).isEqualTo(serverFingerprint);
        assertThat(outcome.message())
                .startsWith("host key for mcp-1 (" + knownHostsName + ") has CHANGED: known " + oldFingerprint)
                .contains("presented " + serverFingerprint)
                .contains("refusing to connect")
                .contains("ssh-keygen -R '" + knownHostsName + "' -f '" + userKnownHosts + "'");
        assertThat(approver.requests).isEmpty();
        assertThat(appFile.path()).doesNotExist();
    }

    @Test
    void unknownKeyIsRefusedWhenCheckingIsStrict() throws Exception {
        RecordingApprover approver = new RecordingApprover(true);
        HostKeyPolicy policy = policy(HostKeyChecking.STRICT, approver);

        assertThatThrownBy(() -> connect(policy)).isInstanceOf(TransportException.class);

        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.REFUSED_UNKNOWN);
        assertThat(policy.outcome().refusalStatus()).contains(ExecStatus.HOST_KEY_UNKNOWN);
        assertThat(policy.outcome().message()).contains(serverFingerprint).contains("strict");
        assertThat(approver.requests).isEmpty();
        assertThat(appFile.path()).doesNotExist();
    }

    @Test
    void unknownKeyTheResponderDeclinesIsRefusedAndNotStored() throws Exception {
        RecordingApprover approver = new RecordingApprover(false);
        HostKeyPolicy policy = policy(HostKeyChecking.ASK, approver);

        assertThatThrownBy(() -> connect(policy)).isInstanceOf(TransportException.class);

        assertThat(approver.requests).containsExactly(
                new UnknownHostKey("mcp-1", knownHostsName, "ecdsa-sha2-nistp256", serverFingerprint));
        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.REFUSED_NOT_APPROVED);
        assertThat(policy.outcome().refusalStatus()).contains(ExecStatus.HOST_KEY_UNKNOWN);
        assertThat(appFile.path()).doesNotExist();
    }

    @Test
    void unknownKeyTheResponderApprovesIsAcceptedAndRemembered() throws Exception {
        RecordingApprover approver = new RecordingApprover(true);
        HostKeyPolicy policy = policy(HostKeyChecking.ASK, approver);

        connect(policy);

        assertThat(approver.requests).hasSize(1);
        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.APPROVED);
        assertThat(policy.outcome().message()).contains("saved to " + appFile.path());
        assertThat(Files.readAllLines(appFile.path())).singleElement().asString().startsWith("|1|");

        HostKeyPolicy nextTime = policy(HostKeyChecking.ASK, HostKeyApprover.REFUSE_ALL);
        connect(nextTime);
        assertThat(nextTime.outcome().verdict()).isEqualTo(Verdict.KNOWN);
    }

    @Test
    void approverThatFailsCountsAsARefusal() {
        HostKeyPolicy policy = policy(HostKeyChecking.ASK, request -> {
            throw new IllegalStateException("dialog closed");
        });

        assertThatThrownBy(() -> connect(policy)).isInstanceOf(TransportException.class);

        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.REFUSED_NOT_APPROVED);
        assertThat(policy.outcome().message()).contains("dialog closed");
    }

    @Test
    void anApprovalSlowerThanTheTransportTimeoutReadsAsUnknownNotUnreachable() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        HostKeyPolicy policy = policy(HostKeyChecking.ASK, request -> awaitIgnoringInterrupts(answer));

        assertThatThrownBy(() -> connect(policy, 500)).isInstanceOf(TransportException.class);

        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.AWAITING_APPROVAL);
        assertThat(policy.outcome().refusalStatus()).contains(ExecStatus.HOST_KEY_UNKNOWN);
        assertThat(policy.outcome().message()).contains(serverFingerprint).contains("waiting for the responder");
        answer.countDown();
    }

    @Test
    void acceptNewAcceptsAndStoresWithoutAsking() throws Exception {
        RecordingApprover approver = new RecordingApprover(false);
        HostKeyPolicy policy = policy(HostKeyChecking.ACCEPT_NEW, approver);

        connect(policy);

        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.ACCEPTED_NEW);
        assertThat(approver.requests).isEmpty();
        assertThat(KnownHosts.read(List.of(appFile.path())).lookup(knownHostsName, server.hostKey()).result())
                .isEqualTo(HostKeyLookup.Result.MATCH);
        HostKeyPolicy strictNextTime = policy(HostKeyChecking.STRICT, HostKeyApprover.REFUSE_ALL);
        connect(strictNextTime);
        assertThat(strictNextTime.outcome().verdict()).isEqualTo(Verdict.KNOWN);
    }

    @Test
    void revokedKeyIsRefusedEvenWhenAlsoListed() throws Exception {
        writeUserKnownHosts(server.knownHostsLine(knownHostsName), "@revoked " + server.knownHostsLine("*"));
        RecordingApprover approver = new RecordingApprover(true);
        HostKeyPolicy policy = policy(HostKeyChecking.ACCEPT_NEW, approver);

        assertThatThrownBy(() -> connect(policy)).isInstanceOf(TransportException.class);

        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.REFUSED_REVOKED);
        assertThat(policy.outcome().refusalStatus()).contains(ExecStatus.HOST_KEY_CHANGED);
        assertThat(policy.outcome().message()).contains("REVOKED").contains(userKnownHosts + ":2");
        assertThat(approver.requests).isEmpty();
        assertThat(appFile.path()).doesNotExist();
    }

    @Test
    void aKeyKnownOnlyToTheAppsFileCounts() throws Exception {
        appFile.append(knownHostsName, server.hostKey());
        HostKeyPolicy policy = policy(HostKeyChecking.STRICT, HostKeyApprover.REFUSE_ALL);

        connect(policy);

        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.KNOWN);
    }

    private HostKeyPolicy policy(HostKeyChecking checking, HostKeyApprover approver) {
        HostTarget target = new HostTarget("mcp-1", "127.0.0.1", server.port(), "responder", List.of(), List.of(),
                List.of(userKnownHosts), checking, Duration.ofSeconds(10), Duration.ofSeconds(15), 3);
        return new HostKeyPolicy(target, appFile, approver);
    }

    /** Key exchange only: connect() returns once the host key has been verified, before any authentication. */
    private void connect(HostKeyPolicy policy) throws IOException {
        connect(policy, 10_000);
    }

    private void connect(HostKeyPolicy policy, int timeoutMs) throws IOException {
        try (SSHClient client = new SSHClient()) {
            client.addHostKeyVerifier(policy);
            client.setConnectTimeout(timeoutMs);
            client.getTransport().setTimeoutMs(timeoutMs);
            client.connect("127.0.0.1", server.port());
            assertThat(client.isConnected()).isTrue();
        }
    }

    private void writeUserKnownHosts(String... lines) throws IOException {
        Files.createDirectories(userKnownHosts.getParent());
        Files.writeString(userKnownHosts, String.join("\n", lines) + "\n");
    }

    /** Stands for a responder still reading the dialog when the transport gives up (which interrupts us). */
    private static boolean awaitIgnoringInterrupts(CountDownLatch answer) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (answer.getCount() > 0 && System.nanoTime() < deadline) {
            try {
                answer.await(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // keep "reading"
            }
        }
        return false;
    }

    private static final class RecordingApprover implements HostKeyApprover {
        final List<UnknownHostKey> requests = new CopyOnWriteArrayList<>();
        private final boolean answer;

        RecordingApprover(boolean answer) {
            this.answer = answer;
        }

        @Override
        public boolean approve(UnknownHostKey request) {
            requests.add(request);
            return answer;
        }
    }
}
