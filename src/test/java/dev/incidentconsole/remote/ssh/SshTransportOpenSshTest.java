package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FanOut;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.remote.PassphrasePrompt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SSH transport against OpenSSH's own sshd on loopback: what only a real server shows. */
class SshTransportOpenSshTest {

    @TempDir
    Path dir;

    private OpenSshServer server;
    private SshTransport transport;
    private HostTarget host;
    private Path key;

    @BeforeAll
    static void requireSshd() {
        OpenSshServer.assumeAvailable();
    }

    @BeforeEach
    void start() throws Exception {
        key = OpenSshServer.keygen(dir.resolve("id_ed25519"), "");
        server = new OpenSshServer(dir.resolve("sshd"), "127.0.0.1", dir.resolve("id_ed25519.pub"));
        transport = new SshTransport(TestHosts.trusting(server.hostKey()), PassphrasePrompt.NONE, a -> null, 8);
        host = TestHosts.loopback("real", server.port(), System.getProperty("user.name"), key, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        if (transport != null) transport.close();
        if (server != null) server.close();
    }

    @Test
    void cancelKillsTheRemoteCommandAndItsChildren() throws Exception {
        String tag = "4242" + ProcessHandle.current().pid() % 1000;
        Cancellation cancel = new Cancellation();
        OutputSink cancelOnFirstOutput = (stream, data, off, len, at) -> cancel.cancel();

        ExecResult result = transport.exec(host, CommandSpec.bash("sleep " + tag + " & sleep " + tag + "1 & echo go; wait",
                Duration.ofMinutes(5)), cancelOnFirstOutput, cancel);

        assertThat(result.status()).isEqualTo(ExecStatus.CANCELLED);
        assertThat(awaitNoProcessMatching("sleep " + tag)).as("remote sleeps still running after cancel").isTrue();
    }

    @Test
    void timeoutKillsTheRemoteCommandToo() throws Exception {
        String tag = "4343" + ProcessHandle.current().pid() % 1000;

        ExecResult result = transport.exec(host, CommandSpec.bash("sleep " + tag + "; true", Duration.ofSeconds(1)),
                new CountingSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.TIMED_OUT);
        assertThat(awaitNoProcessMatching("sleep " + tag)).isTrue();
    }

    @Test
    void aCommandThatReadsStdinEndsInsteadOfHanging() {
        ExecResult result = transport.exec(host, CommandSpec.bash("cat; echo done", Duration.ofSeconds(20)),
                new CountingSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.SUCCEEDED);
        assertThat(result.duration()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void reportsTheSignalThatEndedACommand() {
        ExecResult result = transport.exec(host, CommandSpec.bash("kill -KILL $$", Duration.ofSeconds(10)),
                new CountingSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.KILLED_BY_SIGNAL);
        assertThat(result.exitSignal()).isEqualTo("KILL");
        assertThat(result.describe()).isEqualTo("real: killed by SIGKILL");
    }

    @Test
    void streamsAHundredMegabytesOnBothStreamsAtOnce() {
        CountingSink sink = new CountingSink();
        long size = 100L * 1024 * 1024;

        ExecResult result = transport.exec(host, CommandSpec.bash(
                "head -c " + size + " /dev/zero >&2 & head -c " + size + " /dev/zero; wait", Duration.ofMinutes(3)),
                sink, Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.SUCCEEDED);
        assertThat(sink.stdout.get()).isEqualTo(size);
        assertThat(sink.stderr.get()).isEqualTo(size);
        assertThat(result.stdoutBytes()).isEqualTo(size);
        assertThat(result.stderrBytes()).isEqualTo(size);
    }

    @Test
    void aConnectionKilledMidCommandKeepsThePartialOutput() {
        CollectingSink collected = new CollectingSink();
        OutputSink dropOnFirstLine = (stream, data, off, len, at) -> {
            collected.chunk(stream, data, off, len, at);
            server.dropConnections();
        };

        ExecResult result = transport.exec(host, CommandSpec.bash("echo partial; sleep 60", Duration.ofMinutes(2)),
                dropOnFirstLine, Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.CONNECTION_LOST);
        assertThat(collected.stdout()).isEqualTo("partial\n");
        assertThat(result.duration()).isLessThan(Duration.ofSeconds(30));
        // The next command reconnects by itself.
        assertThat(transport.exec(host, CommandSpec.bash("echo again", Duration.ofSeconds(10)), new CollectingSink(),
                Cancellation.none()).status()).isEqualTo(ExecStatus.SUCCEEDED);
    }

    @Test
    void encryptedKeysAskForThePassphraseAndNeverKeepIt() throws Exception {
        Path locked = OpenSshServer.keygen(dir.resolve("id_locked"), "correct horse");
        try (OpenSshServer second = new OpenSshServer(dir.resolve("sshd2"), "127.0.0.1", dir.resolve("id_locked.pub"))) {
            List<Path> asked = new CopyOnWriteArrayList<>();
            PassphrasePrompt prompt = (file, attempt) -> {
                asked.add(file);
                return "correct horse".toCharArray();
            };
            HostTarget target = TestHosts.loopback("locked", second.port(), System.getProperty("user.name"), locked, Duration.ofSeconds(5));
            try (SshTransport withPrompt = new SshTransport(TestHosts.trusting(second.hostKey()), prompt, a -> null, 4)) {
                assertThat(withPrompt.exec(target, CommandSpec.bash("true", Duration.ofSeconds(10)), new CountingSink(),
                        Cancellation.none()).status()).isEqualTo(ExecStatus.SUCCEEDED);
            }
            assertThat(asked).contains(locked);
            try (SshTransport noPassphrase = new SshTransport(TestHosts.trusting(second.hostKey()), PassphrasePrompt.NONE, a -> null, 4)) {
                ExecResult refused = noPassphrase.exec(target, CommandSpec.bash("true", Duration.ofSeconds(10)),
                        new CountingSink(), Cancellation.none());
                assertThat(refused.status()).isEqualTo(ExecStatus.AUTHENTICATION_FAILED);
                assertThat(refused.detail()).contains(locked + " (unused: no passphrase was given for " + locked + ")");
            }
            PassphrasePrompt wrong = (file, attempt) -> "wrong".toCharArray();
            try (SshTransport mistyped = new SshTransport(TestHosts.trusting(second.hostKey()), wrong, a -> null, 4)) {
                ExecResult refused = mistyped.exec(target, CommandSpec.bash("true", Duration.ofSeconds(10)),
                        new CountingSink(), Cancellation.none());
                assertThat(refused.status()).isEqualTo(ExecStatus.AUTHENTICATION_FAILED);
                assertThat(refused.detail()).contains("the passphrase for " + locked + " was wrong 3 times");
            }
        }
    }

    @Test
    void manyHostsAtOnceAskForAPassphraseOnceAndADeclinedKeyIsAskedForAgainNextTime() throws Exception {
        Path locked = OpenSshServer.keygen(dir.resolve("id_locked"), "correct horse");
        try (OpenSshServer second = new OpenSshServer(dir.resolve("sshd2"), "127.0.0.1", dir.resolve("id_locked.pub"))) {
            AtomicInteger asked = new AtomicInteger();
            AtomicBoolean decline = new AtomicBoolean(true);
            PassphrasePrompt slowToAnswer = (file, attempt) -> {
                asked.incrementAndGet();
                sleep(1500); // the other logins reach the key while this prompt is open
                return decline.get() ? null : "correct horse".toCharArray();
            };
            List<HostTarget> hosts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                hosts.add(TestHosts.loopback("locked-" + i, second.port(), System.getProperty("user.name"), locked, Duration.ofSeconds(5)));
            }
            CommandSpec spec = CommandSpec.bash("true", Duration.ofSeconds(10));
            try (SshTransport prompting = new SshTransport(TestHosts.trusting(second.hostKey()), slowToAnswer, a -> null, 4);
                 FanOut fanOut = new FanOut(prompting, 4)) {
                List<ExecResult> declined = fanOut.run(hosts, spec, h -> OutputSink.DISCARD, Cancellation.none(), FanOut.Progress.NONE);
                assertThat(declined).allMatch(r -> r.status() == ExecStatus.AUTHENTICATION_FAILED);
                int askedWhileDeclining = asked.get();
                assertThat(askedWhileDeclining).as("logins waiting on the prompt take its answer").isLessThan(hosts.size());

                decline.set(false);
                List<ExecResult> unlocked = fanOut.run(hosts, spec, h -> OutputSink.DISCARD, Cancellation.none(), FanOut.Progress.NONE);
                assertThat(unlocked).allMatch(r -> r.status() == ExecStatus.SUCCEEDED);
                assertThat(asked.get() - askedWhileDeclining).as("asked again after a decline, then once for all hosts").isEqualTo(1);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The key types the README promises, as ssh-keygen writes them in both its formats, against OpenSSH's own sshd. */
    @ParameterizedTest
    @CsvSource({"rsa,RFC4716", "rsa,PEM", "ecdsa,RFC4716", "ecdsa,PEM", "ed25519,RFC4716"})
    void everyKeyTypeLogsInFromItsIdentityFile(String type, String format) throws Exception {
        Path identity = dir.resolve("id_" + type + "_" + format);
        OpenSshServer.run("/usr/bin/ssh-keygen", "-q", "-t", type, "-m", format, "-N", "", "-C", "test", "-f", identity.toString());
        try (OpenSshServer second = new OpenSshServer(dir.resolve("sshd-" + type), "127.0.0.1", Path.of(identity + ".pub"))) {
            HostTarget target = TestHosts.loopback(type, second.port(), System.getProperty("user.name"), identity, Duration.ofSeconds(5));
            try (SshTransport keyed = new SshTransport(TestHosts.trusting(second.hostKey()), PassphrasePrompt.NONE, a -> null, 4)) {
                ExecResult result = keyed.exec(target, CommandSpec.bash("true", Duration.ofSeconds(10)), new CountingSink(),
                        Cancellation.none());
                assertThat(result.status()).as(result.detail()).isEqualTo(ExecStatus.SUCCEEDED);
            }
        }
    }

    @Test
    void anIdentityFileThatIsNoKeyIsPassedOverForTheNext() throws Exception {
        Path garbage = Files.writeString(dir.resolve("id_garbage"), "not a key\n");
        HostTarget both = new HostTarget("real", "127.0.0.1", server.port(), System.getProperty("user.name"),
                List.of(garbage, key), List.of(), List.of(), HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(5),
                Duration.ofSeconds(5), 3);

        assertThat(transport.exec(both, CommandSpec.bash("true", Duration.ofSeconds(10)), new CountingSink(),
                Cancellation.none()).status()).isEqualTo(ExecStatus.SUCCEEDED);
    }

    @Test
    void proxyJumpReachesAHostThroughAnotherSshd() throws Exception {
        try (OpenSshServer jump = new OpenSshServer(dir.resolve("jump"), "127.0.0.1", dir.resolve("id_ed25519.pub"))) {
            HostTarget jumpHost = TestHosts.loopback("jump", jump.port(), System.getProperty("user.name"), key, Duration.ofSeconds(5));
            HostTarget behind = new HostTarget("behind", "127.0.0.1", server.port(), System.getProperty("user.name"),
                    List.of(key), List.of("jump"), List.of(), HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(5),
                    Duration.ofSeconds(5), 3);
            var keys = new java.util.HashMap<String, java.security.PublicKey>();
            HostKeyVerification both = new HostKeyVerification() {
                final HostKeyVerification a = TestHosts.trusting(server.hostKey());
                final HostKeyVerification b = TestHosts.trusting(jump.hostKey());

                @Override
                public net.schmizz.sshj.transport.verification.HostKeyVerifier verifierFor(HostTarget h) {
                    return h.alias().equals("jump") ? b.verifierFor(h) : a.verifierFor(h);
                }

                @Override
                public java.util.Optional<Refusal> refusalOf(net.schmizz.sshj.transport.verification.HostKeyVerifier v) {
                    return a.refusalOf(v).or(() -> b.refusalOf(v));
                }
            };
            String user = System.getProperty("user.name");
            assertThat(jump.authenticatedConnections(user)).isEmpty();
            try (SshTransport viaJump = new SshTransport(both, PassphrasePrompt.NONE,
                    alias -> alias.equals("jump") ? jumpHost : null, 4)) {
                CollectingSink sink = new CollectingSink();
                ExecResult result = viaJump.exec(behind, CommandSpec.bash("echo \"$SSH_CONNECTION\"", Duration.ofSeconds(10)),
                        sink, Cancellation.none());

                assertThat(result.status()).isEqualTo(ExecStatus.SUCCEEDED);
                assertThat(sink.stdout()).contains(String.valueOf(server.port()));
                assertThat(jump.authenticatedConnections(user)).as("a connection held open through the jump host").isNotEmpty();
                assertThat(result.hostKeyFingerprint()).isEqualTo(HostKeyFingerprint.of(server.hostKey()));
            }
        }
    }

    private static boolean awaitNoProcessMatching(String fragment) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            boolean any = ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().map(c -> c.contains(fragment)).orElse(false));
            if (!any) return true;
            Thread.sleep(100);
        }
        return false;
    }
}
