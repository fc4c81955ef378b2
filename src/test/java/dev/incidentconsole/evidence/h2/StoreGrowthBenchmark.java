package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.SearchQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File growth and sealing rate for 20,000 small notes (one thread, and eight), and common-word search latency
 * over them. Run with {@code mvn -Pbench test -Dtest=StoreGrowthBenchmark}.
 */
@Tag("bench")
class StoreGrowthBenchmark {

    private static final int NOTES = Integer.getInteger("growth.notes", 20_000);
    private static final String[] WORDS = ("error warning timeout refused connection gateway session token refresh "
            + "upstream latency memory leak restart service worker queue backlog disk full cpu load socket listen "
            + "accepted closed reset tls handshake certificate expired retry exhausted oom killer process").split(" ");

    @TempDir
    Path dir;

    @Test
    void growthAndSearch() throws Exception {
        Path one = dir.resolve("one.mv.db");
        try (H2EvidenceStore store = H2EvidenceStore.open(one, null)) {
            String incident = store.openIncident(Evidence.incident("One thread")).id();
            Random random = new Random(1);
            long t0 = System.nanoTime();
            for (int i = 0; i < NOTES; i++) {
                store.record(note(incident, random, i));
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "BENCH growth 1 thread: %d notes, %.0f notes/s, file %.1f MB%n", NOTES,
                    NOTES / s, Files.size(one) / 1e6);
        }
        System.out.printf(Locale.ROOT, "BENCH growth 1 thread: file after close %.1f MB%n", Files.size(one) / 1e6);
        Path eight = dir.resolve("eight.mv.db");
        try (H2EvidenceStore store = H2EvidenceStore.open(eight, null)) {
            List<String> incidents = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                incidents.add(store.openIncident(Evidence.incident("Thread " + t)).id());
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    Random random = new Random(thread);
                    for (int i = thread; i < NOTES; i += 8) {
                        store.record(note(incidents.get(thread), random, i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "BENCH growth 8 threads: %d notes, %.0f notes/s, file %.1f MB%n", NOTES,
                    NOTES / s, Files.size(eight) / 1e6);
            t0 = System.nanoTime();
            while (store.searchBacklog() > 0) {
                Thread.sleep(10);
            }
            System.out.printf(Locale.ROOT, "BENCH backlog drained in %.1f s, file %.1f MB%n",
                    (System.nanoTime() - t0) / 1e9, Files.size(eight) / 1e6);
            latency(store, "common word (gateway)", SearchQuery.words("gateway"));
            latency(store, "two words (oom killer)", SearchQuery.words("oom killer"));
            latency(store, "common word in one incident", new SearchQuery("timeout", incidents.get(3), null, null, null,
                    false, null, null, 100));
            latency(store, "word + host + failed only", new SearchQuery("timeout", null, "web7", null, null, true, null,
                    null, 100));
        }
        System.out.printf(Locale.ROOT, "BENCH growth 8 threads: file after close %.1f MB%n", Files.size(eight) / 1e6);
        mixedSearch();
    }

    /** The mix of EvidenceStoreBenchmark (notes and small commands, 1,000 per incident), fewer entries. */
    private void mixedSearch() throws Exception {
        int entries = Integer.getInteger("growth.searchEntries", 30_000);
        Path file = dir.resolve("mixed.mv.db");
        try (H2EvidenceStore store = H2EvidenceStore.open(file, null)) {
            Random random = new Random(7);
            long t0 = System.nanoTime();
            int total = 0;
            while (total < entries) {
                String incident = store.openIncident(Evidence.incident("Search " + total)).id();
                total++;
                for (int i = 0; i < 999 && total < entries; i++, total++) {
                    StringBuilder text = new StringBuilder();
                    for (int w = 0; w < 12; w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    text.append("request ").append(Long.toHexString(random.nextLong()));
                    if (i % 2 == 0) {
                        store.record(new EntryDraft(incident, EntryKind.NOTE, "server-down", "step-" + (i % 20),
                                "web" + (i % 50), text.toString(), "Ada", Evidence.T0.plusSeconds(total)));
                    } else {
                        dev.incidentconsole.evidence.CommandCapture capture = store.startCommand(Evidence.command(
                                incident, "web" + (i % 50), "step-" + (i % 20), "journalctl -u " + WORDS[i % WORDS.length],
                                Evidence.T0.plusSeconds(total)));
                        StringBuilder more = new StringBuilder(text).append('\n');
                        for (int w = 0; w < 30; w++) {
                            more.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                        }
                        byte[] output = Evidence.utf8(more.append('\n').toString());
                        capture.append(dev.incidentconsole.evidence.OutputStreamKind.STDOUT, output, 0, output.length);
                        capture.seal(Evidence.exited(i % 7 == 1 ? 1 : 0));
                    }
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            while (store.searchBacklog() > 0) {
                Thread.sleep(10);
            }
            System.out.printf(Locale.ROOT, "BENCH mixed %d entries, %.0f entries/s, backlog drained in %.1f s, file %.1f MB%n",
                    entries, entries / s, (System.nanoTime() - t0) / 1e9, Files.size(file) / 1e6);
            latency(store, "mixed: common word (gateway)", SearchQuery.words("gateway"));
            latency(store, "mixed: two words (oom killer)", SearchQuery.words("oom killer"));
            latency(store, "mixed: word + host + failed only", new SearchQuery("timeout", null, "web7", null, null, true,
                    null, null, 100));
        }
    }

    private static EntryDraft note(String incident, Random random, int i) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 12; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        text.append("request ").append(Long.toHexString(random.nextLong()));
        return new EntryDraft(incident, EntryKind.NOTE, "server-down", "step-" + (i % 20), "web" + (i % 50),
                text.toString(), "Ada", Evidence.T0.plusSeconds(i));
    }

    private static void latency(H2EvidenceStore store, String what, SearchQuery query) {
        for (int i = 0; i < 20; i++) {
            store.search(query);
        }
        long[] nanos = new long[100];
        int hits = 0;
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            hits = store.search(query).size();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "BENCH search %-32s hits %3d  p50 %7.2f ms  p99 %7.2f ms%n", what, hits,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
    }
}
