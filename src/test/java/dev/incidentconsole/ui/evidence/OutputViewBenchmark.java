package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.OutputViewHarness.fx;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.list;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.ssh.AppKnownHostsFile;
import dev.incidentconsole.remote.ssh.KnownHostsVerification;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import dev.incidentconsole.remote.ssh.SshTransport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Responsiveness under a flood: three in-process SSH hosts each stream 100 MB of base64 into three output views
 * in a shown stage. Prints the longest gap between FX pulses and the peak heap (goal: no gap over 50 ms, heap
 * under 512 MB; the bench profile runs with -Xmx256m).
 */
@Tag("bench")
class OutputViewBenchmark {

    private static final long RANDOM_BYTES = 75_000_000;
    private static final long TEXT_BYTES = (RANDOM_BYTES + 2) / 3 * 4;
    private static final long LINES = (TEXT_BYTES + 75) / 76;
    /** base64 wraps at 76 characters: the text plus one newline per line. */
    private static final long STDOUT_BYTES = TEXT_BYTES + LINES;

    @TempDir
    Path dir;

    @Test
    void threeHostsStreamHundredMegabytesEachWhileTheWindowKeepsPulsing() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<MinaSshServer> servers = new ArrayList<>();
        StringBuilder knownHosts = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            MinaSshServer server = new MinaSshServer(Files.createDirectories(dir.resolve("host" + i)));
            servers.add(server);
            knownHosts.append(server.knownHostsLine("[127.0.0.1]:" + server.port())).append('\n');
        }
        Path knownHostsFile = Files.writeString(dir.resolve("known_hosts"), knownHosts);
        SshTransport transport = new SshTransport(new KnownHostsVerification(new AppKnownHostsFile(dir.resolve("app_known_hosts")),
                HostKeyApprover.REFUSE_ALL), PassphrasePrompt.NONE, alias -> null, 8);
        ExecutorService hosts = Executors.newFixedThreadPool(3);
        List<OutputView> views = OutputViewHarness.show(() -> {
            HBox box = new HBox();
            for (int i = 0; i < 3; i++) {
                OutputView view = new OutputView(() -> { });
                HBox.setHgrow(view, Priority.ALWAYS);
                box.getChildren().add(view);
            }
            return box;
        }, 1260, 700).getChildren().stream().map(OutputView.class::cast).toList();

        PulseGaps gaps = new PulseGaps();
        HeapPeak heap = new HeapPeak();
        Platform.runLater(gaps::start);
        long started = System.nanoTime();
        long gcAtStart = gcMillis();
        try {
            List<CompletableFuture<ExecResult>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                HostTarget host = new HostTarget("host" + i, "127.0.0.1", servers.get(i).port(), "responder",
                        List.of(servers.get(i).clientKeyFile()), List.of(), List.of(knownHostsFile), HostTarget.HostKeyChecking.STRICT,
                        Duration.ofSeconds(5), Duration.ofSeconds(15), 3);
                OutputView view = views.get(i);
                runs.add(CompletableFuture.supplyAsync(() -> {
                    ExecResult result = transport.exec(host, CommandSpec.bash("head -c " + RANDOM_BYTES + " /dev/urandom | base64",
                            Duration.ofMinutes(10)), view.sink(), Cancellation.none());
                    view.finished(result.describe(), result.status() == ExecStatus.SUCCEEDED);
                    return result;
                }, hosts));
            }
            for (CompletableFuture<ExecResult> run : runs) {
                ExecResult result = run.get(15, TimeUnit.MINUTES);
                assertThat(result.status()).as(result.describe()).isEqualTo(ExecStatus.SUCCEEDED);
                assertThat(result.stdoutBytes()).isEqualTo(STDOUT_BYTES);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            for (OutputView view : views) {
                waitUntil(30, () -> list(view).getItems().size() == OutputView.DEFAULT_MAX_LINES
                        && ((javafx.scene.control.Label) view.lookup("#output-counts")).getText().startsWith(CountText.number(LINES) + " lines"));
            }
            long fxCpu = fx(() -> {
                gaps.stop();
                return gaps.fxCpuUsed();
            });
            heap.stop();
            System.gc();
            long afterGc = heap.usedNow();
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf(Locale.ROOT, "OutputViewBenchmark: 3 hosts x %.1f MB (%,d lines each) in %.1f s, %.1f MB/s in all;"
                    + " %d cores, load average %.1f at the end%n", STDOUT_BYTES / 1e6, LINES, seconds, 3 * STDOUT_BYTES / 1e6 / seconds,
                    Runtime.getRuntime().availableProcessors(), load);
            System.out.println("OutputViewBenchmark: " + gaps.summary());
            System.out.printf(Locale.ROOT, "OutputViewBenchmark: the FX thread used %.2f s of CPU in %.1f s; garbage collection took %.2f s%n",
                    fxCpu / 1e9, seconds, (gcMillis() - gcAtStart) / 1e3);
            System.out.printf(Locale.ROOT, "OutputViewBenchmark: peak heap used %.0f MB sampled every 10 ms, %.0f MB summing each pool's"
                    + " peak (max heap %.0f MB); after the run and a GC %.0f MB%n", heap.sampledPeak() / 1e6, heap.poolPeaks() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6, afterGc / 1e6);
        } finally {
            hosts.shutdownNow();
            transport.close();
            servers.forEach(MinaSshServer::close);
            FxToolkit.cleanupStages();
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    /** Times between consecutive pulses, measured on the FX thread from AnimationTimer timestamps. */
    private static final class PulseGaps extends AnimationTimer {
        final List<Long> gaps = new java.util.concurrent.CopyOnWriteArrayList<>();
        final AtomicLong longestAt = new AtomicLong();
        private final long origin = System.nanoTime();
        private long last;
        private long longest;
        private long fxCpuAtStart = -1;

        @Override
        public void handle(long now) {
            if (fxCpuAtStart < 0) {
                fxCpuAtStart = fxCpu();
            }
            if (last != 0) {
                long gap = now - last;
                if (gap > longest) {
                    longest = gap;
                    longestAt.set(now - origin);
                }
                gaps.add(gap);
            }
            last = now;
        }

        /** CPU time the FX thread used since the first pulse; call on the FX thread. */
        long fxCpuUsed() {
            return fxCpu() - fxCpuAtStart;
        }

        private static long fxCpu() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        String summary() {
            long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
            long over50 = java.util.Arrays.stream(sorted).filter(g -> g > 50_000_000).count();
            System.out.println("OutputViewBenchmark: gaps over 50 ms (ms): " + gaps.stream().filter(g -> g > 50_000_000)
                    .map(g -> String.valueOf(g / 1_000_000)).collect(java.util.stream.Collectors.joining(" ")));
            return String.format(Locale.ROOT, "%,d pulses; gap between pulses median %.1f ms, p99 %.1f ms, longest %.1f ms (%.1f s after"
                    + " the start); %d gaps over 50 ms", sorted.length + 1, sorted[sorted.length / 2] / 1e6,
                    sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, longestAt.get() / 1e9, over50);
        }
    }

    /**
     * The heap in use sampled every 10 ms (garbage not yet collected included), and the sum of each heap pool's
     * own peak, an upper bound since the pools peak at different moments.
     */
    private static final class HeapPeak {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        private final AtomicLong sampled = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;
        private long poolPeaks;

        HeapPeak() {
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            sampler = new Thread(() -> {
                while (running) {
                    sampled.accumulateAndGet(usedNow(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            poolPeaks = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        }

        long sampledPeak() {
            return sampled.get();
        }

        long poolPeaks() {
            return poolPeaks;
        }

        long usedNow() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
