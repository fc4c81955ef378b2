package dev.incidentconsole.ui.evidence;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * What a benchmark reports about the window while it runs: the gaps between FX pulses (from AnimationTimer
 * timestamps), the FX thread's CPU time, garbage collection time, and the heap in use (sampled every 10 ms, and
 * the sum of each heap pool's own peak, an upper bound since the pools peak at different moments).
 */
final class PulseMeasurement {

    private final List<Long> gaps = new CopyOnWriteArrayList<>();
    /** For each gap over 50 ms: the FX thread's CPU and the GC time inside it, to tell its own work, pauses and starvation apart. */
    private final List<String> longGaps = new CopyOnWriteArrayList<>();
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final AtomicLong sampledPeak = new AtomicLong();
    private final AtomicLong fxCpu = new AtomicLong();
    private final long started = System.nanoTime();
    private final long gcAtStart = gcMillis();
    private final long rendererCpuAtStart = rendererCpu();
    private volatile boolean running = true;
    private final Thread sampler;
    private final AnimationTimer pulses = new AnimationTimer() {
        private long last;
        private long cpuAtStart = -1;
        private long gcAtLast;
        private long cpuAtLast;

        @Override
        public void handle(long now) {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            if (cpuAtStart < 0) {
                cpuAtStart = cpu;
            }
            fxCpu.set(cpu - cpuAtStart);
            long gc = gcMillis();
            if (last != 0) {
                gaps.add(now - last);
                if (now - last > 50_000_000) {
                    longGaps.add((now - last) / 1_000_000 + "(fx " + (cpu - cpuAtLast) / 1_000_000
                            + (gc > gcAtLast ? ", gc " + (gc - gcAtLast) : "") + ")");
                }
            }
            last = now;
            gcAtLast = gc;
            cpuAtLast = cpu;
        }
    };

    PulseMeasurement() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(() -> {
            while (running) {
                sampledPeak.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Platform.runLater(pulses::start);
    }

    /** Stops measuring and prints the figures, each line starting with {@code label}. */
    void report(String label, String workload, double megabytes) throws Exception {
        double seconds = (System.nanoTime() - started) / 1e9;
        running = false;
        sampler.join();
        Platform.runLater(pulses::stop);
        long poolPeaks = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long gc = gcMillis() - gcAtStart;
        System.gc();
        long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: %s in %.1f s, %.1f MB/s in all; %d cores, load average %.1f%n", label, workload, seconds,
                megabytes / seconds, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%s: %,d pulses; gap between pulses median %.1f ms, p90 %.1f ms, p99 %.1f ms, longest %.1f ms;"
                + " %d gaps over 50 ms%n", label, sorted.length + 1, at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99),
                at(sorted, 1), Arrays.stream(sorted).filter(g -> g > 50_000_000).count());
        System.out.printf(Locale.ROOT, "%s: gaps over 50 ms in order, with the FX thread's CPU and the GC time inside each (ms): %s%n", label, String.join(" ", longGaps));
        System.out.printf(Locale.ROOT, "%s: the FX thread used %.2f s of CPU (%.1f ms a pulse); garbage collection took %.2f s%n", label,
                fxCpu.get() / 1e9, fxCpu.get() / 1e6 / Math.max(1, sorted.length), gc / 1e3);
        System.out.println(label + ": CPU since the JVM started, busiest threads first: " + busiestThreads());
        long pulseCount = Math.max(1, sorted.length);
        long renderer = rendererCpu() - rendererCpuAtStart;
        System.out.printf(Locale.ROOT, "%s: the render thread used %.2f s of CPU (%.1f ms a pulse)%n", label, renderer / 1e9,
                renderer / 1e6 / pulseCount);
        System.out.printf(Locale.ROOT, "%s: peak heap used %.0f MB sampled every 10 ms, %.0f MB summing each pool's peak (max heap"
                + " %.0f MB); after the run and a GC %.0f MB%n", label, sampledPeak.get() / 1e6, poolPeaks / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, usedHeap() / 1e6);
    }

    /** The CPU time of the busiest threads so far and of the whole process, to see who competes with the window. */
    private static String busiestThreads() {
        var threads = ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder();
        Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds())).filter(info -> info != null)
                .sorted((a, b) -> Long.compare(threads.getThreadCpuTime(b.getThreadId()), threads.getThreadCpuTime(a.getThreadId())))
                .limit(10).forEach(info -> out.append(info.getThreadName()).append('=')
                        .append(threads.getThreadCpuTime(info.getThreadId()) / 1_000_000).append("ms "));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return out + "; the process " + os.getProcessCpuTime() / 1_000_000 + "ms";
    }

    private static double at(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time of JavaFX's render thread, which draws each pulse's frame after the FX thread's layout. */
    private static long rendererCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(info -> info != null && info.getThreadName().startsWith("QuantumRenderer"))
                .mapToLong(info -> Math.max(0, threads.getThreadCpuTime(info.getThreadId()))).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }
}
