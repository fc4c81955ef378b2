package dev.incidentconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.bundle.StockTools;
import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.evidence.h2.StoreOptions;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of collecting a 200 MB file: the FILE entry comes back INTERRUPTED with the bytes it had. */
class CollectCrashTest {

    private static final long SEED = 7;
    private static final long SIZE = 200L * 1024 * 1024;
    private static final long KILL_AFTER = 24L * 1024 * 1024;
    private static final String PATH = "/var/lib/vault/audit.log";
    /**
     * What a capture may have accepted without committing it yet: a full pending buffer, plus the buffer the writer
     * took just before and is still committing (docs/EVIDENCE.md, "Output: chunks, digests, commits").
     */
    private static final long IN_FLIGHT = 2L * StoreOptions.defaults().pendingBytesPerStream();

    @TempDir
    Path dir;

    @Test
    void aCollectionKilledHalfWayIsRecoveredAsAnInterruptedFileEntryWithTheFilesOwnBytes() throws Exception {
        SeededFile content = new SeededFile(SEED);
        Path storeFile = dir.resolve("evidence.mv.db");
        String incident = null;
        long received = 0;
        try (SftpHost host = new SftpHost(CollectUntilKilled.HOST, dir)) {
            content.write(host.local(PATH), SIZE);
            Path knownHosts = Files.writeString(dir.resolve("known_hosts"), host.knownHostsLine() + "\n");
            Path key = StockTools.newKey(dir, "id_responder");
            int port = host.target(key, knownHosts).port();
            String java = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    CollectUntilKilled.class.getName(), storeFile.toString(), Integer.toString(port), key.toString(),
                    knownHosts.toString(), PATH).redirectErrorStream(true).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; received < KILL_AFTER && (line = lines.readLine()) != null; ) {
                    if (line.startsWith("incident ")) {
                        incident = line.substring("incident ".length());
                    } else if (line.startsWith("received ")) {
                        received = Long.parseLong(line.substring("received ".length()));
                    } else {
                        assertThat(line).as("child output").doesNotStartWith("ended").doesNotStartWith("collected");
                    }
                }
                assertThat(received).as("bytes the child reported received before it stopped").isGreaterThanOrEqualTo(KILL_AFTER);
                child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close, the transfer cut off
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }
        }

        try (H2EvidenceStore store = H2EvidenceStore.open(storeFile, null)) {
            assertThat(store.recoveredEntries()).isEqualTo(1);
            List<EvidenceEntry> timeline = store.timeline(incident);
            assertThat(timeline).extracting(EvidenceEntry::kind).containsExactly(EntryKind.STATUS, EntryKind.FILE, EntryKind.STATUS);
            EvidenceEntry file = timeline.get(1);
            assertThat(file.command()).isEqualTo(PATH);
            assertThat(file.hostAlias()).isEqualTo(CollectUntilKilled.HOST);
            assertThat(file.completeness()).isEqualTo(Completeness.INTERRUPTED);
            assertThat(file.text()).contains("console stopped");
            assertThat(file.stdoutLength()).isGreaterThanOrEqualTo(received - IN_FLIGHT).isLessThan(SIZE);
            assertThat(file.stderrLength()).isZero();
            assertThat(timeline.get(2).text()).contains("Recovered 1 interrupted entry")
                    .contains("#2 " + CollectUntilKilled.HOST + ": " + PATH + " (" + file.stdoutLength() + " stdout");

            assertStoredBytesAreTheFiles(store, file, content);
            assertThat(store.verify(incident).intact()).isTrue();
        }
    }

    private static void assertStoredBytesAreTheFiles(H2EvidenceStore store, EvidenceEntry file, SeededFile content)
            throws Exception {
        MessageDigest digest = EntryHashing.sha256();
        byte[] stored = new byte[1 << 20];
        byte[] original = new byte[stored.length];
        long offset = 0;
        try (InputStream in = new DigestInputStream(store.output(file.incidentId(), file.seq(), OutputStreamKind.STDOUT), digest)) {
            for (int n; (n = in.readNBytes(stored, 0, stored.length)) > 0; offset += n) {
                content.fill(original, offset, n);
                int differs = Arrays.mismatch(stored, 0, n, original, 0, n);
                if (differs >= 0) {
                    throw new AssertionError("stored byte " + (offset + differs) + " is not the file's byte at that offset");
                }
            }
        }
        assertThat(offset).isEqualTo(file.stdoutLength());
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(file.stdoutSha256());
    }
}
