package dev.incidentconsole.evidence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.SearchQuery;
import java.io.FileOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for the README: sealing rate, capture throughput against a plain file, search latency over 100,000
 * entries. Run with {@code mvn -Pbench test -Dtest=EvidenceStoreBenchmark} (256 MiB heap).
 */
@Tag("bench")
class EvidenceStoreBenchmark {

    private static final long GIB = 1024L * 1024 * 1024;
    private static final String[] WORDS = ("error warning timeout refused connection gateway session token refresh "
            + "upstream latency memory leak restart service worker queue backlog disk full cpu load socket listen "
            + "accepted closed reset tls handshake certificate expired retry exhausted oom killer process").split(" ");

    @TempDir
    Path dir;

    @Test
    void figures() throws Exception {
        // One store per figure: a 1 GiB entry next to thousands of small ones is a case of its own (see the README).
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("capture.mv.db"), null)) {
            captureThroughput(store, store.openIncident(Evidence.incident("Capture")).id());
        }
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("seal.mv.db"), null)) {
            sealingRates(store, store.openIncident(Evidence.incident("Sealing")).id());
        }
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("search.mv.db"), null)) {
            searchLatency(store);
        }
    }

    private static void sealingRates(H2EvidenceStore store, String incident) {
        int notes = 5_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < notes; i++) {
            store.record(Evidence.note(incident, "note " + i + " about the gateway"));
        }
        print("notes sealed per second (one thread)", notes / seconds(t0));
        int commands = 3_000;
        byte[] output = Evidence.utf8("Active: active (running) since Sat 2026-11-21 03:01:00 UTC; 3 days ago\n".repeat(4));
        t0 = System.nanoTime();
        for (int i = 0; i < commands; i++) {
            CommandCapture capture = store.startCommand(Evidence.command(incident, "web" + (i % 50), "systemctl status mcp"));
            capture.append(OutputStreamKind.STDOUT, output, 0, output.length);
            capture.seal(Evidence.exited(0));
        }
        print("small commands sealed per second (one thread, 288 B output)", commands / seconds(t0));
    }

    private void captureThroughput(H2EvidenceStore store, String incident) throws Exception {
        byte[] block = new byte[64 * 1024];
        new Generator(3).fill(block, 0);
        long blocks = GIB / block.length;
        HeapSampler heap = new HeapSampler();
        long t0 = System.nanoTime();
        CommandCapture capture = store.startCommand(Evidence.command(incident, "web1", "cat /var/log/huge.log"));
        for (long i = 0; i < blocks; i++) {
            capture.append(OutputStreamKind.STDOUT, block, 0, block.length);
        }
        EvidenceEntry entry = capture.seal(Evidence.exited(0));
        double storeSeconds = seconds(t0);
        heap.stop();
        assertThat(entry.stdoutLength()).isEqualTo(GIB);

        Path plain = dir.resolve("plain.bin");
        t0 = System.nanoTime();
        try (FileOutputStream out = new FileOutputStream(plain.toFile())) {
            for (long i = 0; i < blocks; i++) {
                out.write(block);
            }
        }
        double fileSeconds = seconds(t0);
        Files.delete(plain);
        print("1 GiB capture into the store, MB/s", GIB / 1e6 / storeSeconds);
        print("1 GiB to a plain FileOutputStream, MB/s", GIB / 1e6 / fileSeconds);
        print("peak used heap during the capture (garbage included), MiB, -Xmx"
                + Runtime.getRuntime().maxMemory() / 1024 / 1024 + "m", heap.peakUsed() / 1024.0 / 1024);
        // G1 lets old garbage stay until a mixed collection, so this bounds the live set from above only.
        print("peak heap in use after a GC during the capture, MiB", heap.peakLive() / 1024.0 / 1024);
        t0 = System.nanoTime();
        assertThat(store.verify(incident).intact()).isTrue();
        print("verify() of the incident (1 GiB re-hashed), MB/s", GIB / 1e6 / seconds(t0));
    }

    private static void searchLatency(H2EvidenceStore store) {
        Random random = new Random(7);
        long t0 = System.nanoTime();
        int total = 0;
        while (total < 100_000) {
            String incident = store.openIncident(Evidence.incident("Search " + total)).id();
            total++;
            for (int i = 0; i < 999 && total < 100_000; i++, total++) {
                String text = sentence(random, 12) + " request " + Long.toHexString(random.nextLong());
                if (i % 2 == 0) {
                    store.record(new EntryDraft(incident, EntryKind.NOTE, "server-down", "step-" + (i % 20),
                            "web" + (i % 50), text, "Ada", Evidence.T0.plusSeconds(total)));
                } else {
                    CommandCapture capture = store.startCommand(Evidence.command(incident, "web" + (i % 50),
                            "step-" + (i % 20), "journalctl -u " + WORDS[i % WORDS.length], Evidence.T0.plusSeconds(total)));
                    byte[] output = Evidence.utf8(text + "\n" + sentence(random, 30) + "\n");
                    capture.append(OutputStreamKind.STDOUT, output, 0, output.length);
                    capture.seal(Evidence.exited(i % 7 == 1 ? 1 : 0));
                }
            }
        }
        print("100,000 entries written, entries per second", total / seconds(t0));
        t0 = System.nanoTime();
        while (store.searchBacklog() > 0) {
            Thread.onSpinWait();
        }
        print("index backlog drained after, s", seconds(t0));

        String rare = "request";
        latency(store, "one common word (gateway), 100 newest", () -> SearchQuery.words("gateway"));
        latency(store, "two words (oom killer)", () -> SearchQuery.words("oom killer"));
        latency(store, "a unique id", () -> SearchQuery.words(Long.toHexString(new Random(7).nextLong())));
        latency(store, "word + host + failed only", () -> new SearchQuery("timeout", null, "web7", null, null, true, null,
                null, 100));
        latency(store, "host + step + time range, no words", () -> new SearchQuery(null, null, "web9", "step-9", null,
                false, Evidence.T0.plusSeconds(20_000), Evidence.T0.plusSeconds(60_000), 100));
        latency(store, "word absent everywhere", () -> SearchQuery.words(rare + "xyzzy"));
    }

    private static void latency(H2EvidenceStore store, String what, Supplier<SearchQuery> query) {
        for (int i = 0; i < 20; i++) {
            store.search(query.get());
        }
        long[] nanos = new long[200];
        int hits = 0;
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            hits = store.search(query.get()).size();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "BENCH search %-40s hits %3d  p50 %6.2f ms  p99 %6.2f ms%n", what, hits,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
    }

    private static String sentence(Random random, int words) {
        List<String> sentence = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            sentence.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", sentence);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void print(String what, double value) {
        System.out.printf(Locale.ROOT, "BENCH %-60s %10.1f%n", what, value);
    }

    /** Samples used heap, and heap left after the latest GC, every 5 ms on a daemon thread. */
    private static final class HeapSampler {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final Thread thread;

        HeapSampler() {
            System.gc();
            thread = new Thread(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (running.get()) {
                    peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                    long live = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                            live += pool.getCollectionUsage().getUsed();
                        }
                    }
                    peakLive.accumulateAndGet(live, Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        long peakUsed() {
            return peak.get();
        }

        long peakLive() {
            return peakLive.get();
        }
    }
}
