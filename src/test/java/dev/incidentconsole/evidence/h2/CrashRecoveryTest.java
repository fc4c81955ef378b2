package dev.incidentconsole.evidence.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.StoreInUseException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a 200 MB capture: everything committed is still there, sealed as INTERRUPTED. */
class CrashRecoveryTest {

    static final long SEED = 42;
    private static final long TOTAL = 200L * 1024 * 1024;
    private static final long KILL_AFTER = 24L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aCaptureKilledHalfWayIsRecoveredWithEveryCommittedByte() throws Exception {
        Path file = dir.resolve("evidence.mv.db");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CaptureUntilKilled.class.getName(), file.toString(), Long.toString(TOTAL))
                .redirectErrorStream(true).start();
        String incident = null;
        long committed = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; committed < KILL_AFTER && (line = lines.readLine()) != null; ) {
                if (line.startsWith("incident ")) {
                    incident = line.substring("incident ".length());
                } else if (line.startsWith("committed ")) {
                    committed = Long.parseLong(line.substring("committed ".length()));
                } else {
                    assertThat(line).as("child output").doesNotContain("sealed").doesNotContain("appended all");
                }
            }
            assertThat(committed).as("bytes the child reported committed").isGreaterThanOrEqualTo(KILL_AFTER);

            assertThatThrownBy(() -> H2EvidenceStore.open(file, null).close())
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("already in use by another console");

            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (H2EvidenceStore store = H2EvidenceStore.open(file, null)) {
            assertThat(store.recoveredEntries()).isEqualTo(1);
            List<EvidenceEntry> timeline = store.timeline(incident);
            assertThat(timeline).extracting(EvidenceEntry::kind)
                    .containsExactly(EntryKind.STATUS, EntryKind.COMMAND, EntryKind.STATUS);
            EvidenceEntry interrupted = timeline.get(1);
            assertThat(interrupted.completeness()).isEqualTo(Completeness.INTERRUPTED);
            assertThat(interrupted.stdoutLength()).isGreaterThanOrEqualTo(committed).isLessThan(TOTAL);
            assertThat(interrupted.text()).contains("console stopped");
            assertThat(timeline.get(2).text()).contains("Recovered 1 interrupted entry").contains("#2 web1");

            Generator generator = new Generator(SEED);
            MessageDigest digest = EntryHashing.sha256();
            long length = 0;
            try (InputStream stored = store.output(incident, 2, OutputStreamKind.STDOUT)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = stored.read(buffer)) > 0; length += n) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] != generator.at(length + i)) {
                            throw new AssertionError("stored byte " + (length + i) + " is not what was captured");
                        }
                    }
                    digest.update(buffer, 0, n);
                }
            }
            assertThat(length).isEqualTo(interrupted.stdoutLength());
            assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(interrupted.stdoutSha256());
            assertThat(store.verify(null).problems()).isEmpty();
        }
        try (H2EvidenceStore again = H2EvidenceStore.open(file, null)) {
            assertThat(again.recoveredEntries()).isZero();
        }
    }
}
