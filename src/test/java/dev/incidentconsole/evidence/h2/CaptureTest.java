package dev.incidentconsole.evidence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureTest {

    @TempDir
    Path dir;

    @Test
    void aMultiMegabyteOutputIsCommittedInRowsAndReadBackByteForByte() throws Exception {
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("e"), null)) {
            String id = store.openIncident(Evidence.incident("t")).id();
            CommandCapture capture = store.startCommand(Evidence.command(id, "web1", "journalctl -u mcp"));
            Generator out = new Generator(1);
            MessageDigest expected = EntryHashing.sha256();
            long total = 0;
            long committedWhileCapturing = 0;
            for (int i = 0; i < 600; i++) { // odd sizes, so rows and appends never line up
                byte[] piece = new byte[9_973 + i];
                out.fill(piece, total);
                capture.append(OutputStreamKind.STDOUT, piece, 0, piece.length);
                expected.update(piece);
                total += piece.length;
                if (i == 599) {
                    committedWhileCapturing = store.committedBytes(capture, OutputStreamKind.STDOUT);
                }
            }
            capture.append(OutputStreamKind.STDERR, Evidence.utf8("done"), 0, 4);
            EvidenceEntry entry = capture.seal(Evidence.exited(0));

            assertThat(total).isGreaterThan(6_000_000);
            // 256 KiB commits plus at most one full buffer of 1 MiB pending: the rest was in the database already.
            assertThat(committedWhileCapturing).isGreaterThan(total - 1024 * 1024 - 256 * 1024);
            assertThat(entry.stdoutLength()).isEqualTo(total);
            assertThat(entry.stdoutSha256()).isEqualTo(HexFormat.of().formatHex(expected.digest()));
            assertThat(entry.stderrSha256()).isEqualTo(EntryHashing.sha256Hex(Evidence.utf8("done")));
            MessageDigest readBack = EntryHashing.sha256();
            long length = 0;
            try (InputStream stored = store.output(id, entry.seq(), OutputStreamKind.STDOUT)) {
                byte[] buffer = new byte[8192];
                for (int n; (n = stored.read(buffer)) > 0; length += n) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] != out.at(length + i)) {
                            throw new AssertionError("byte " + (length + i) + " differs");
                        }
                    }
                    readBack.update(buffer, 0, n);
                }
            }
            assertThat(length).isEqualTo(total);
            assertThat(HexFormat.of().formatHex(readBack.digest())).isEqualTo(entry.stdoutSha256());
            assertThat(store.verify(id).intact()).isTrue();
        }
    }

    @Test
    void bytesAreCommittedWithinHalfASecondEvenWhenNothingMoreArrives() throws Exception {
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("e"), null)) {
            String id = store.openIncident(Evidence.incident("t")).id();
            CommandCapture capture = store.startCommand(Evidence.command(id, "web1", "tail -f /var/log/mcp.log"));
            for (int round = 0; round < 3; round++) {
                long before = store.committedBytes(capture, OutputStreamKind.STDOUT);
                long appended = System.nanoTime();
                capture.append(OutputStreamKind.STDOUT, Evidence.utf8("one line\n"), 0, 9);
                while (store.committedBytes(capture, OutputStreamKind.STDOUT) == before) {
                    assertThat(System.nanoTime() - appended).as("nanos until committed").isLessThan(500_000_000L);
                    Thread.sleep(5);
                }
                long waited = System.nanoTime() - appended;
                assertThat(waited).isLessThan(500_000_000L).isGreaterThan(300_000_000L); // batched, not per append
            }
            assertThat(capture.seal(Evidence.exited(0)).stdoutLength()).isEqualTo(27);
        }
    }

    @Test
    void anEmptyCaptureSealsWithTheDigestsOfNoBytes() {
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("e"), null)) {
            String id = store.openIncident(Evidence.incident("t")).id();
            EvidenceEntry entry = store.startCommand(Evidence.command(id, "web1", "true")).seal(Evidence.exited(0));
            assertThat(entry.stdoutLength()).isZero();
            assertThat(entry.stdoutSha256()).isEqualTo(EntryHashing.EMPTY_SHA256);
            assertThat(entry.stderrSha256()).isEqualTo(EntryHashing.EMPTY_SHA256);
        }
    }
}
