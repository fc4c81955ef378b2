package dev.incidentconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FileProblem;
import dev.incidentconsole.remote.HostTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files collected over SFTP from two real hosts into a real H2 evidence file, one sealed FILE entry per (host, path). */
class FileCollectionTest {

    private static final String LOG = TwoSftpHosts.LOG;
    private static final String RELAY = TwoSftpHosts.RELAY;

    @TempDir
    Path dir;

    private TwoSftpHosts hosts;
    private EvidenceStore store;
    private IncidentSession session;
    private HostTarget alphaTarget;
    private HostTarget betaTarget;

    @BeforeEach
    void start() throws Exception {
        hosts = new TwoSftpHosts(dir);
        store = hosts.store;
        session = hosts.session;
        alphaTarget = hosts.alphaTarget;
        betaTarget = hosts.betaTarget;
    }

    @AfterEach
    void stop() {
        hosts.close();
    }

    private static byte[] random(int size, long seed) {
        return TwoSftpHosts.random(size, seed);
    }

    private byte[] stdout(EvidenceEntry entry) throws IOException {
        try (InputStream in = store.output(entry.incidentId(), entry.seq(), OutputStreamKind.STDOUT)) {
            return in.readAllBytes();
        }
    }

    @Test
    void twoFilesFromTwoHostsBecomeFourSealedEntriesAndAMissingOneSaysSo() throws Exception {
        byte[] alphaLog = random(5 * 1024 * 1024, 1);
        byte[] betaLog = random(5 * 1024 * 1024, 2);
        byte[] relay = "listen: 0.0.0.0:8443\nupstream: gateway\n".getBytes(StandardCharsets.UTF_8);
        hosts.alpha.write(LOG, alphaLog);
        hosts.beta.write(LOG, betaLog);
        hosts.alpha.write(RELAY, relay);

        CollectionOutcome outcome = session.collect(new CollectionRequest(List.of(LOG, RELAY), List.of(alphaTarget, betaTarget),
                "gather-logs"), CollectionListener.NONE, Cancellation.none());

        assertThat(outcome.files()).extracting(f -> f.hostAlias() + ":" + f.path())
                .containsExactly("alpha:" + LOG, "alpha:" + RELAY, "beta:" + LOG, "beta:" + RELAY);
        assertThat(outcome.collected()).isEqualTo(3);
        assertThat(outcome.summary()).isEqualTo("Collected 3 of 4 files; beta:" + RELAY + ": does not exist");

        EvidenceEntry alphaEntry = outcome.files().get(0).entry();
        assertThat(alphaEntry.kind()).isEqualTo(EntryKind.FILE);
        assertThat(alphaEntry.command()).isEqualTo(LOG);
        assertThat(alphaEntry.stepId()).isEqualTo("gather-logs");
        assertThat(alphaEntry.operator()).isEqualTo(TwoSftpHosts.OPERATOR.label());
        assertThat(alphaEntry.status()).isEqualTo("SUCCEEDED");
        assertThat(alphaEntry.completeness()).isEqualTo(Completeness.COMPLETE);
        assertThat(alphaEntry.hostKeyFingerprint()).startsWith("SHA256:");
        assertThat(alphaEntry.stdoutLength()).isEqualTo(alphaLog.length);
        assertThat(alphaEntry.stdoutSha256()).isEqualTo(EntryHashing.sha256Hex(alphaLog));
        assertThat(stdout(alphaEntry)).isEqualTo(alphaLog);
        assertThat(alphaEntry.text()).contains("resolved path: " + LOG).contains("size: " + alphaLog.length + " bytes")
                .contains("sha256 of bytes read: " + EntryHashing.sha256Hex(alphaLog)).contains("changed while read: no")
                .containsPattern("mode: 0[0-7]{3}").containsPattern("uid: \\d+").containsPattern("mtime: \\d{4}-");
        assertThat(stdout(outcome.files().get(2).entry())).isEqualTo(betaLog);
        assertThat(stdout(outcome.files().get(1).entry())).isEqualTo(relay);

        CollectionOutcome.File missing = outcome.files().get(3);
        assertThat(missing.collected().problem()).isEqualTo(FileProblem.NOT_FOUND);
        assertThat(missing.entry().kind()).isEqualTo(EntryKind.FILE);
        assertThat(missing.entry().status()).isEqualTo("FAILED");
        assertThat(missing.entry().stdoutLength()).isZero();
        assertThat(missing.entry().text()).startsWith("beta:" + RELAY + ": does not exist");

        assertThat(store.timeline(session.incident().id())).filteredOn(e -> e.kind() == EntryKind.FILE).hasSize(4);
        assertThat(store.verify(session.incident().id()).intact()).isTrue();
    }

    @Test
    void aDirectoryIsRefusedAndTheRefusalRecorded() throws Exception {
        hosts.alpha.write(LOG, "line\n".getBytes(StandardCharsets.UTF_8));

        CollectionOutcome outcome = session.collect(new CollectionRequest(List.of("/var/log/mcp"), List.of(alphaTarget), null),
                CollectionListener.NONE, Cancellation.none());

        EvidenceEntry entry = outcome.files().get(0).entry();
        assertThat(outcome.files().get(0).collected().problem()).isEqualTo(FileProblem.NOT_A_REGULAR_FILE);
        assertThat(entry.status()).isEqualTo("FAILED");
        assertThat(entry.stepId()).isNull();
        assertThat(entry.text()).startsWith("alpha:/var/log/mcp: is not a regular file");
        assertThat(outcome.summary()).isEqualTo("Collected 0 of 1 file; alpha:/var/log/mcp: is not a regular file: it is a directory");
        assertThat(store.verify(session.incident().id()).intact()).isTrue();
    }

    @Test
    void cancellingMidTransferSealsThePartialBytesWithTheirHashAndStartsNothingMore() throws Exception {
        byte[] big = random(48 * 1024 * 1024, 3);
        hosts.alpha.write(LOG, big);
        hosts.alpha.write(RELAY, "relay\n".getBytes(StandardCharsets.UTF_8));
        Cancellation cancel = new Cancellation();
        AtomicLong seen = new AtomicLong();
        CollectionListener cancelAfterAMegabyte = new CollectionListener() {
            @Override
            public void received(HostTarget host, String path, int bytes) {
                if (seen.addAndGet(bytes) >= 1024 * 1024) cancel.cancel();
            }
        };
        long startedNanos = System.nanoTime();

        CollectionOutcome outcome = session.collect(new CollectionRequest(List.of(LOG, RELAY), List.of(alphaTarget), null),
                cancelAfterAMegabyte, cancel);

        assertThat(Duration.ofNanos(System.nanoTime() - startedNanos)).isLessThan(Duration.ofSeconds(10));
        CollectionOutcome.File partial = outcome.files().get(0);
        EvidenceEntry entry = partial.entry();
        assertThat(entry.status()).isEqualTo(ExecStatus.CANCELLED.name());
        assertThat(entry.completeness()).isEqualTo(Completeness.CANCELLED);
        assertThat(entry.stdoutLength()).isEqualTo(partial.collected().bytesReceived()).isBetween(1024L * 1024, big.length - 1L);
        byte[] prefix = Arrays.copyOf(big, (int) entry.stdoutLength());
        assertThat(stdout(entry)).isEqualTo(prefix);
        assertThat(entry.stdoutSha256()).isEqualTo(EntryHashing.sha256Hex(prefix)).isEqualTo(partial.collected().sha256());
        assertThat(entry.text()).contains("sha256 of bytes read: " + EntryHashing.sha256Hex(prefix));

        CollectionOutcome.File notStarted = outcome.files().get(1);
        assertThat(notStarted.entry()).isNull();
        assertThat(notStarted.reason()).isEqualTo("alpha:" + RELAY + ": not collected, cancelled before it started");
        assertThat(outcome.collected()).isZero();
        assertThat(store.timeline(session.incident().id())).filteredOn(e -> e.kind() == EntryKind.FILE).hasSize(1);
        assertThat(store.verify(session.incident().id()).intact()).isTrue();
    }

    @Test
    void anUnreachableHostIsRecordedForEveryPathAndTriedOnlyOnce() throws Exception {
        HostTarget gone = new HostTarget("gone", "127.0.0.1", freePort(), "responder", alphaTarget.identityFiles(),
                List.of(), alphaTarget.userKnownHostsFiles(), HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(2),
                Duration.ofSeconds(5), 1);

        CollectionOutcome outcome = session.collect(new CollectionRequest(List.of(LOG, RELAY), List.of(gone), null),
                CollectionListener.NONE, Cancellation.none());

        assertThat(outcome.files()).extracting(f -> f.entry().status()).containsOnly(ExecStatus.UNREACHABLE.name());
        assertThat(outcome.files().get(1).entry().text()).startsWith("gone:" + RELAY + ": not tried, the host could not be"
                + " reached for an earlier file (");
        assertThat(store.verify(session.incident().id()).intact()).isTrue();
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingIsRecorded() {
        assertThatThrownBy(() -> new CollectionRequest(List.of("var/log/x"), List.of(alphaTarget), null))
                .hasMessageContaining("not an absolute path");
        assertThatThrownBy(() -> new CollectionRequest(List.of(LOG, LOG), List.of(alphaTarget), null))
                .hasMessageContaining("already listed");
        assertThatThrownBy(() -> new CollectionRequest(List.of("/tmp/a\n/etc/passwd"), List.of(alphaTarget), null))
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> new CollectionRequest(List.of(LOG), List.of(), null)).hasMessageContaining("at least one host");
        assertThatThrownBy(() -> session.collect(new CollectionRequest(List.of(LOG), List.of(alphaTarget), "no-such-step"),
                CollectionListener.NONE, Cancellation.none())).hasMessageContaining("has no step 'no-such-step'");
        assertThat(store.timeline(session.incident().id())).noneMatch(e -> e.kind() == EntryKind.FILE);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
