package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.OutputViewHarness.list;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.ssh.AppKnownHostsFile;
import dev.incidentconsole.remote.ssh.CipherWarmUp;
import dev.incidentconsole.remote.ssh.KnownHostsVerification;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import dev.incidentconsole.remote.ssh.OpenSshServer;
import dev.incidentconsole.remote.ssh.SshTransport;
import dev.incidentconsole.ui.common.FxPacer;
import dev.incidentconsole.ui.common.PulseBatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Responsiveness under a flood: three hosts each stream 100 MB of base64 into three output views in a shown
 * stage, while the longest gap between FX pulses and the peak heap are recorded (goal: no gap over 50 ms, heap
 * under 512 MB; the bench profile runs with -Xmx256m). Over SSH from OpenSSH sshd processes and from in-process
 * servers, and once from memory, which leaves out the SSH servers' and clients' share of the CPU and shows the
 * views' own cost. The views share one {@link FxPacer}, as a window's views do.
 */
@Tag("bench")
class OutputViewBenchmark {

    private static final long RANDOM_BYTES = 75_000_000;
    private static final long WARM_UP_BYTES = 3_000_000;
    private static final long LINES = base64Lines(RANDOM_BYTES);
    /** base64 wraps at 76 characters: the text plus one newline per line. */
    private static final long STDOUT_BYTES = (RANDOM_BYTES + 2) / 3 * 4 + LINES;

    @TempDir
    Path dir;

    private List<OutputView> views;
    /** Shared by the three views, as a window's views share one. */
    private final FxPacer pacer = new FxPacer();

    @BeforeEach
    void showThreeViews() throws Exception {
        FxToolkit.registerPrimaryStage();
        views = OutputViewHarness.show(() -> {
            HBox box = new HBox();
            PulseBatcher.Turns turns = new PulseBatcher.Turns();
            for (int i = 0; i < 3; i++) {
                OutputView view = new OutputView(() -> { }, OutputView.DEFAULT_MAX_LINES, OutputView.DEFAULT_MAX_LINE_CHARS, turns, pacer);
                HBox.setHgrow(view, Priority.ALWAYS);
                box.getChildren().add(view);
            }
            return box;
        }, 1260, 700).getChildren().stream().map(OutputView.class::cast).toList();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void threeSshHostsStreamHundredMegabytesEach() throws Exception {
        List<MinaSshServer> servers = new ArrayList<>();
        List<HostTarget> hosts = new ArrayList<>();
        StringBuilder knownHosts = new StringBuilder();
        Path knownHostsFile = dir.resolve("known_hosts");
        for (int i = 0; i < 3; i++) {
            MinaSshServer server = new MinaSshServer(Files.createDirectories(dir.resolve("host" + i)));
            servers.add(server);
            knownHosts.append(server.knownHostsLine("[127.0.0.1]:" + server.port())).append('\n');
            hosts.add(host("host" + i, "127.0.0.1", server.port(), "responder", server.clientKeyFile(), knownHostsFile));
        }
        Files.writeString(knownHostsFile, knownHosts);
        try {
            streamIntoTheViews("OutputViewBenchmark over SSH (in-process servers)", hosts);
        } finally {
            servers.forEach(MinaSshServer::close);
        }
    }

    /**
     * The same flood from three OpenSSH sshd processes on 127.0.0.2-4, as real hosts would serve it: the servers'
     * share of the CPU is then what a C server with hardware AES costs, not a Java server's, which on a small
     * machine competes with the window far more than a remote host ever does.
     */
    @Test
    void threeOpenSshHostsStreamHundredMegabytesEach() throws Exception {
        OpenSshServer.assumeAvailable();
        Path key = OpenSshServer.keygen(dir.resolve("id_ed25519"), "");
        Path knownHostsFile = dir.resolve("known_hosts");
        List<OpenSshServer> servers = new ArrayList<>();
        List<HostTarget> hosts = new ArrayList<>();
        StringBuilder knownHosts = new StringBuilder();
        try {
            for (int i = 0; i < 3; i++) {
                String address = "127.0.0." + (i + 2);
                OpenSshServer server = new OpenSshServer(dir.resolve("sshd" + i), address, dir.resolve("id_ed25519.pub"));
                servers.add(server);
                knownHosts.append(server.knownHostsLine("[" + address + "]:" + server.port())).append('\n');
                hosts.add(host("host" + i, address, server.port(), System.getProperty("user.name"), key, knownHostsFile));
            }
            Files.writeString(knownHostsFile, knownHosts);
            streamIntoTheViews("OutputViewBenchmark over SSH (OpenSSH sshd)", hosts);
        } finally {
            servers.forEach(OpenSshServer::close);
        }
    }

    private void streamIntoTheViews(String label, List<HostTarget> hosts) throws Exception {
        SshTransport transport = new SshTransport(new KnownHostsVerification(new AppKnownHostsFile(dir.resolve("app_known_hosts")),
                HostKeyApprover.REFUSE_ALL), PassphrasePrompt.NONE, alias -> null, 8);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            // Warm up first, as a window in use is: the cipher warmed as the console does at launch, connections
            // made, code paths compiled, cells styled.
            CipherWarmUp.inBackground().join();
            runOnEveryHost(hosts, transport, threads, WARM_UP_BYTES);
            PulseMeasurement measurement = new PulseMeasurement();
            List<ExecResult> results = runOnEveryHost(hosts, transport, threads, RANDOM_BYTES);
            for (ExecResult result : results) {
                assertThat(result.stdoutBytes()).isEqualTo(STDOUT_BYTES);
            }
            assertEveryViewShowsTheTail(base64Lines(WARM_UP_BYTES) + LINES);
            measurement.report(label, String.format("3 hosts x %,d bytes (%,d lines each)", STDOUT_BYTES, LINES), 3 * STDOUT_BYTES / 1e6);
            System.out.printf("%s: the reading threads gave way to the window %,d times%n", label, pacer.waits());
        } finally {
            threads.shutdownNow();
            transport.close();
        }
    }

    private static HostTarget host(String alias, String address, int port, String user, Path key, Path knownHostsFile) {
        return new HostTarget(alias, address, port, user, List.of(key), List.of(), List.of(knownHostsFile),
                HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(5), Duration.ofSeconds(15), 3);
    }

    /** How many lines {@code base64} prints for {@code bytes} bytes. */
    private static long base64Lines(long bytes) {
        return ((bytes + 2) / 3 * 4 + 75) / 76;
    }

    /** Runs {@code head -c bytes /dev/urandom | base64} on the three hosts at once, each into its view. */
    private List<ExecResult> runOnEveryHost(List<HostTarget> hosts, SshTransport transport, ExecutorService threads, long bytes)
            throws Exception {
        List<CompletableFuture<ExecResult>> runs = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            HostTarget host = hosts.get(i);
            OutputView view = views.get(i);
            runs.add(CompletableFuture.supplyAsync(() -> {
                ExecResult result = transport.exec(host, CommandSpec.bash("head -c " + bytes + " /dev/urandom | base64",
                        Duration.ofMinutes(10)), view.sink(), Cancellation.none());
                view.finished(result.describe(), result.status() == ExecStatus.SUCCEEDED);
                return result;
            }, threads));
        }
        List<ExecResult> results = new ArrayList<>();
        for (CompletableFuture<ExecResult> run : runs) {
            ExecResult result = run.get(15, TimeUnit.MINUTES);
            assertThat(result.status()).as(result.describe()).isEqualTo(ExecStatus.SUCCEEDED);
            results.add(result);
        }
        return results;
    }

    /** The same window with nothing arriving: what the machine allows the pulses when the views cost nothing. */
    @Test
    void theIdleWindowForComparison() throws Exception {
        PulseMeasurement measurement = new PulseMeasurement();
        Thread.sleep(5_000);
        measurement.report("OutputViewBenchmark idle", "no output for 5 s", 0);
    }

    @Test
    void threeFeedersWriteHundredMegabytesEachFromMemory() throws Exception {
        byte[] block = base64Block(10_000);
        int blocks = 131;
        feedEveryView(block, 4);
        assertEveryViewShowsTheTail(40_000);
        PulseMeasurement measurement = new PulseMeasurement();
        feedEveryView(block, blocks);
        long lines = 10_000L * (blocks + 4);
        assertEveryViewShowsTheTail(lines);
        long bytes = (long) block.length * blocks;
        measurement.report("OutputViewBenchmark from memory", String.format("3 feeders x %,d bytes (%,d lines each)", bytes,
                10_000L * blocks), 3 * bytes / 1e6);
        System.out.printf("OutputViewBenchmark from memory: the feeders gave way to the window %,d times%n", pacer.waits());
    }

    /** One thread per view writes {@code block} {@code times} over, in 32 KB chunks as SSH delivers them. */
    private void feedEveryView(byte[] block, int times) throws InterruptedException {
        List<Thread> feeders = new ArrayList<>();
        for (OutputView view : views) {
            feeders.add(new Thread(() -> {
                for (int b = 0; b < times; b++) {
                    for (int at = 0; at < block.length; at += 32 * 1024) {
                        view.sink().chunk(OutputSink.Stream.STDOUT, block, at, Math.min(32 * 1024, block.length - at), System.nanoTime());
                    }
                }
                view.finished("exited 0", true);
            }));
        }
        feeders.forEach(Thread::start);
        for (Thread feeder : feeders) {
            feeder.join();
        }
    }

    private void assertEveryViewShowsTheTail(long lines) throws Exception {
        for (OutputView view : views) {
            waitUntil(60, () -> list(view).getItems().size() == OutputView.DEFAULT_MAX_LINES
                    && ((Label) view.lookup("#output-counts")).getText().startsWith(CountText.number(lines) + " lines"));
        }
    }

    /** {@code count} lines as {@code base64} prints them for random bytes: 76 characters and a newline each. */
    private static byte[] base64Block(int count) {
        byte[] random = new byte[count * 57];
        new Random(1).nextBytes(random);
        byte[] text = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encode(random);
        byte[] lines = java.util.Arrays.copyOf(text, text.length + 1);
        lines[text.length] = '\n';
        assertThat(lines.length).isEqualTo(count * 77);
        return lines;
    }
}
