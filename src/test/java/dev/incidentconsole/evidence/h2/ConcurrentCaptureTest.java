package dev.incidentconsole.evidence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentCaptureTest {

    private static final int HOSTS = 20;

    @TempDir
    Path dir;

    @Test
    void twentyCapturesAtOnceKeepSeqWithoutGapsAndTheChainIntact() throws Exception {
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("e"), null)) {
            String id = store.openIncident(Evidence.incident("Fan-out")).id();
            CyclicBarrier together = new CyclicBarrier(HOSTS);
            ExecutorService pool = Executors.newFixedThreadPool(HOSTS);
            List<Future<String[]>> results = new ArrayList<>();
            for (int h = 0; h < HOSTS; h++) {
                int host = h;
                results.add(pool.submit(() -> captureOn(store, id, host, together)));
            }
            List<EvidenceEntry> sealed = new ArrayList<>();
            for (Future<String[]> result : results) {
                String[] expected = result.get();
                EvidenceEntry entry = store.timeline(id).stream()
                        .filter(e -> ("web" + expected[0]).equals(e.hostAlias())).findFirst().orElseThrow();
                assertThat(entry.stdoutSha256()).isEqualTo(expected[1]);
                assertThat(entry.stderrSha256()).isEqualTo(expected[2]);
                sealed.add(entry);
            }
            pool.shutdown();

            List<EvidenceEntry> timeline = store.timeline(id);
            assertThat(timeline).extracting(EvidenceEntry::seq)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, HOSTS + 1).boxed().toList());
            for (int i = 1; i < timeline.size(); i++) {
                assertThat(timeline.get(i).previousHash()).isEqualTo(timeline.get(i - 1).entryHash());
            }
            assertThat(sealed).hasSize(HOSTS);
            assertThat(store.verify(id).problems()).isEmpty();
        }
    }

    /** Appends random-sized pieces to both streams, interleaved with the other hosts; returns host and digests. */
    private static String[] captureOn(H2EvidenceStore store, String id, int host, CyclicBarrier together)
            throws Exception {
        together.await();
        CommandCapture capture = store.startCommand(Evidence.command(id, "web" + host, "ss -tanp"));
        Random random = new Random(host);
        MessageDigest out = EntryHashing.sha256();
        MessageDigest err = EntryHashing.sha256();
        for (int i = 0; i < 200; i++) {
            byte[] piece = new byte[random.nextInt(3000)];
            random.nextBytes(piece);
            boolean toErr = random.nextInt(5) == 0;
            capture.append(toErr ? OutputStreamKind.STDERR : OutputStreamKind.STDOUT, piece, 0, piece.length);
            (toErr ? err : out).update(piece);
            if (i % 50 == 0) {
                Thread.yield();
            }
        }
        capture.seal(Evidence.exited(host % 3));
        return new String[] {Integer.toString(host), HexFormat.of().formatHex(out.digest()),
                HexFormat.of().formatHex(err.digest())};
    }
}
