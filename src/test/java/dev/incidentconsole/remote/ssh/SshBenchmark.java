package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FanOut;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.remote.PassphrasePrompt;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for the SSH layer against OpenSSH's sshd on loopback, side by side with OpenSSH's own client in the
 * same run. Prints a table; asserts nothing about speed. Run with {@code mvn -Pbench test}.
 */
@Tag("bench")
class SshBenchmark {

    private static final int WARM_RUNS = 300;
    private static final int HOSTS = 50;
    private static final long GIB = 1L << 30;
    /**
     * Marks sessions as not top-level for bash, so the login shell skips ~/.bashrc as a stock Debian one does for
     * non-interactive shells. Without it every command of every client pays whatever this machine's rc file does
     * (here pyenv's setup, about 80 ms), which measures the rc file rather than SSH.
     */
    private static final List<String> SERVER_CONFIG = List.of("SetEnv SHLVL=1");

    @TempDir
    Path dir;

    @Test
    void sshLayerAgainstOpenSshClient() throws Exception {
        OpenSshServer.assumeAvailable();
        Path key = OpenSshServer.keygen(dir.resolve("id_ed25519"), "");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) addresses.add("127.0.0." + (i + 2));
        String user = System.getProperty("user.name");
        StringBuilder report = new StringBuilder("SSH benchmark: OpenSSH sshd on loopback (sessions with SetEnv SHLVL=1), "
                + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB\n");
        // sshd listens on at most 16 sockets, so the hosts are spread over several servers.
        List<OpenSshServer> servers = new ArrayList<>();
        try {
            Path knownHosts = dir.resolve("known_hosts");
            StringBuilder lines = new StringBuilder();
            List<HostTarget> hosts = new ArrayList<>();
            for (int from = 0; from < addresses.size(); from += 16) {
                List<String> group = addresses.subList(from, Math.min(addresses.size(), from + 16));
                OpenSshServer server = new OpenSshServer(dir.resolve("sshd" + from), group, SERVER_CONFIG, dir.resolve("id_ed25519.pub"));
                servers.add(server);
                String hostKey = Files.readString(server.hostPublicKeyFile()).trim();
                for (String a : group) {
                    lines.append("[").append(a).append("]:").append(server.port()).append(' ').append(hostKey).append('\n');
                    hosts.add(new HostTarget(a, a, server.port(), user, List.of(key), List.of(), List.of(knownHosts),
                            HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(10), Duration.ofSeconds(15), 3));
                }
            }
            Files.writeString(knownHosts, lines);
            Path sshConfig = dir.resolve("ssh_config");
            StringBuilder config = new StringBuilder();
            for (HostTarget h : hosts) {
                config.append("Host ").append(h.hostName()).append("\n  Port ").append(h.port()).append('\n');
            }
            config.append(String.join("\n", "Host *", "  User " + user, "  IdentityFile " + key, "  IdentitiesOnly yes",
                    "  UserKnownHostsFile " + knownHosts, "  StrictHostKeyChecking yes", "  BatchMode yes", "  LogLevel ERROR", ""));
            Files.writeString(sshConfig, config);
            warmLatency(hosts.get(0), sshConfig, report);
            fanOut(hosts, sshConfig, report);
            stream(hosts.get(1), sshConfig, report);
        } finally {
            servers.forEach(OpenSshServer::close);
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-ssh.txt"), report);
    }

    private SshTransport transport() {
        return new SshTransport(new KnownHostsVerification(new AppKnownHostsFile(dir.resolve("app_known_hosts")),
                HostKeyApprover.REFUSE_ALL), PassphrasePrompt.NONE, a -> null, 8);
    }

    private void warmLatency(HostTarget host, Path sshConfig, StringBuilder report) throws Exception {
        double[] ours = new double[WARM_RUNS];
        try (SshTransport transport = transport()) {
            require(transport.exec(host, CommandSpec.bash("true", Duration.ofSeconds(30)), OutputSink.DISCARD, Cancellation.none()));
            for (int i = 0; i < WARM_RUNS; i++) {
                long start = System.nanoTime();
                require(transport.exec(host, CommandSpec.bash("true", Duration.ofSeconds(30)), OutputSink.DISCARD, Cancellation.none()));
                ours[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Path control = dir.resolve("cm");
        process("ssh", "-F", sshConfig.toString(), "-o", "ControlMaster=yes", "-o", "ControlPath=" + control,
                "-o", "ControlPersist=300", "-fN", host.hostName());
        double[] theirs = new double[WARM_RUNS];
        try {
            process("ssh", "-F", sshConfig.toString(), "-o", "ControlPath=" + control, host.hostName(), "true");
            for (int i = 0; i < WARM_RUNS; i++) {
                long start = System.nanoTime();
                process("ssh", "-F", sshConfig.toString(), "-o", "ControlPath=" + control, host.hostName(), "true");
                theirs[i] = (System.nanoTime() - start) / 1e6;
            }
        } finally {
            process("ssh", "-F", sshConfig.toString(), "-o", "ControlPath=" + control, "-O", "exit", host.hostName());
        }
        report.append(String.format("warm command latency (%d runs): ours p50 %.2f ms p99 %.2f ms | ssh with ControlMaster "
                        + "p50 %.2f ms p99 %.2f ms | p50 %.1fx faster%n", WARM_RUNS, percentile(ours, 50), percentile(ours, 99),
                percentile(theirs, 50), percentile(theirs, 99), percentile(theirs, 50) / percentile(ours, 50)));
    }

    private void fanOut(List<HostTarget> hosts, Path sshConfig, StringBuilder report) throws Exception {
        long cold;
        long warm;
        try (SshTransport transport = transport(); FanOut fanOut = new FanOut(transport, 16)) {
            long start = System.nanoTime();
            fanOut.run(hosts, CommandSpec.bash("true", Duration.ofSeconds(60)), h -> OutputSink.DISCARD, Cancellation.none(),
                    FanOut.Progress.NONE).forEach(SshBenchmark::require);
            cold = System.nanoTime() - start;
            start = System.nanoTime();
            fanOut.run(hosts, CommandSpec.bash("true", Duration.ofSeconds(60)), h -> OutputSink.DISCARD, Cancellation.none(),
                    FanOut.Progress.NONE).forEach(SshBenchmark::require);
            warm = System.nanoTime() - start;
        }
        Path list = dir.resolve("hosts.txt");
        Files.write(list, hosts.stream().map(HostTarget::hostName).toList());
        long start = System.nanoTime();
        process("sh", "-c", "xargs -P16 -I{} ssh -F '" + sshConfig + "' {} true < '" + list + "'");
        long xargs = System.nanoTime() - start;
        report.append(String.format("one command on %d hosts: ours cold %d ms, warm %d ms | xargs -P16 ssh %d ms | cold %.1fx%n",
                hosts.size(), ms(cold), ms(warm), ms(xargs), (double) xargs / cold));
    }

    private void stream(HostTarget host, Path sshConfig, StringBuilder report) throws Exception {
        Path ourFile = dir.resolve("ours.bin");
        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        long ours;
        try (SshTransport transport = transport(); OutputStream file = new BufferedOutputStream(Files.newOutputStream(ourFile), 1 << 20)) {
            require(transport.exec(host, CommandSpec.bash("true", Duration.ofSeconds(30)), OutputSink.DISCARD, Cancellation.none()));
            System.gc();
            sampler.start();
            OutputSink toFile = (stream, data, off, len, at) -> {
                try {
                    file.write(data, off, len);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            long start = System.nanoTime();
            require(transport.exec(host, CommandSpec.bash("head -c " + GIB + " /dev/zero", Duration.ofMinutes(5)), toFile, Cancellation.none()));
            file.flush();
            ours = System.nanoTime() - start;
        } finally {
            sampler.interrupt();
        }
        Path theirFile = dir.resolve("theirs.bin");
        long start = System.nanoTime();
        Process ssh = new ProcessBuilder("ssh", "-F", sshConfig.toString(), host.hostName(), "head -c " + GIB + " /dev/zero")
                .redirectOutput(theirFile.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!ssh.waitFor(5, TimeUnit.MINUTES) || ssh.exitValue() != 0) throw new IllegalStateException("ssh stream failed");
        long theirs = System.nanoTime() - start;
        if (Files.size(ourFile) != GIB || Files.size(theirFile) != GIB) throw new IllegalStateException("short transfer");
        double oursMbs = GIB / 1e6 / (ours / 1e9);
        double theirsMbs = GIB / 1e6 / (theirs / 1e9);
        report.append(String.format("1 GiB stream to a file: ours %.0f MB/s (peak heap %d MiB) | ssh > file %.0f MB/s | %.2fx%n",
                oursMbs, peakHeap.get() >> 20, theirsMbs, oursMbs / theirsMbs));
        Files.delete(ourFile);
        Files.delete(theirFile);
    }

    private static void require(ExecResult result) {
        if (result.status() != ExecStatus.SUCCEEDED) throw new IllegalStateException(result.describe());
    }

    private static void process(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue());
        }
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
