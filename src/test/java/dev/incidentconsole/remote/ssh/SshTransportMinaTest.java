package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.PassphrasePrompt;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SSH transport against an in-process server on loopback. */
class SshTransportMinaTest {

    @TempDir
    Path dir;

    private MinaSshServer server;
    private SshTransport transport;
    private HostTarget host;

    @BeforeEach
    void start() {
        server = new MinaSshServer(dir);
        transport = new SshTransport(TestHosts.trusting(server.hostKey()), PassphrasePrompt.NONE, alias -> {
            throw new IllegalArgumentException(alias);
        }, 8);
        host = TestHosts.loopback("mina", server.port(), "responder", server.clientKeyFile(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private ExecResult run(String script, CollectingSink sink) {
        return transport.exec(host, CommandSpec.bash(script, Duration.ofSeconds(20)), sink, Cancellation.none());
    }

    @Test
    void reportsExitCodesAndKeepsStreamsApart() {
        CollectingSink sink = new CollectingSink();

        ExecResult result = run("echo out; echo err >&2; exit 3", sink);

        assertThat(result.status()).isEqualTo(ExecStatus.FAILED);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(sink.stdout()).isEqualTo("out\n");
        assertThat(sink.stderr()).isEqualTo("err\n");
        assertThat(result.stdoutBytes()).isEqualTo(4);
        assertThat(result.describe()).isEqualTo("mina: exited 3");
        assertThat(result.hostKeyFingerprint()).isEqualTo(HostKeyFingerprint.of(server.hostKey()));
        assertThat(result.clockOffset()).isNotNull();
        assertThat(result.clockOffset().abs()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void reusesOneConnectionForManyCommands() {
        for (int i = 0; i < 20; i++) {
            assertThat(run("true", new CollectingSink()).status()).isEqualTo(ExecStatus.SUCCEEDED);
        }
        // One clock probe at connect, then the twenty commands.
        assertThat(server.commands()).hasSize(21).first().asString().startsWith("date");
    }

    @Test
    void hostileParameterValuesArriveByteExactAndNeverRun() {
        List<String> values = HostileValues.generate(1000, 7L);
        Path marker = dir.resolve("pwned");
        for (String value : values) {
            CollectingSink sink = new CollectingSink();
            CommandSpec spec = CommandSpec.bash("printf '%s' \"${VALUE}\"", Duration.ofSeconds(10))
                    .withEnvironment(Map.of("VALUE", value.replace("MARKER", marker.toString())));

            ExecResult result = transport.exec(host, spec, sink, Cancellation.none());

            assertThat(result.status()).as(value).isEqualTo(ExecStatus.SUCCEEDED);
            assertThat(sink.stdout()).as(value).isEqualTo(value.replace("MARKER", marker.toString()));
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void timeoutStopsTheCommand() {
        ExecResult result = transport.exec(host, CommandSpec.bash("sleep 30", Duration.ofMillis(500)),
                new CollectingSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.TIMED_OUT);
        assertThat(result.duration()).isLessThan(Duration.ofSeconds(15));
        assertThat(result.describe()).contains("ran past its timeout");
    }

    @Test
    void cancelStopsARunningCommand() throws Exception {
        Cancellation cancel = new Cancellation();
        CollectingSink sink = new CollectingSink();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            cancel.cancel();
        });
        canceller.start();

        ExecResult result = transport.exec(host, CommandSpec.bash("echo started; sleep 30", Duration.ofSeconds(60)), sink, cancel);

        canceller.join();
        assertThat(result.status()).isEqualTo(ExecStatus.CANCELLED);
        assertThat(sink.stdout()).isEqualTo("started\n");
    }

    @Test
    void closedPortIsUnreachableWithTheCause() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        HostTarget nowhere = TestHosts.loopback("gone", closed, "responder", server.clientKeyFile(), Duration.ofSeconds(2));

        ExecResult result = transport.exec(nowhere, CommandSpec.bash("true", Duration.ofSeconds(5)), new CollectingSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.UNREACHABLE);
        assertThat(result.detail()).contains("gone").contains("127.0.0.1:" + closed).contains("connection refused");
    }

    @Test
    void serverThatNeverGreetsTimesOutCleanly() throws Exception {
        try (SilentHost silent = new SilentHost()) {
            HostTarget mute = TestHosts.loopback("mute", silent.port(), "responder", server.clientKeyFile(), Duration.ofSeconds(1));

            ExecResult result = transport.exec(mute, CommandSpec.bash("true", Duration.ofSeconds(5)), new CollectingSink(), Cancellation.none());

            assertThat(result.status()).isEqualTo(ExecStatus.UNREACHABLE);
            assertThat(result.duration()).isLessThan(Duration.ofSeconds(10));
            assertThat(result.detail()).contains("mute");
        }
    }

    @Test
    void closingTheTransportEndsAHandshakeWaitingOnASilentHostAtOnce() throws Exception {
        try (SilentHost silent = new SilentHost()) {
            HostTarget mute = TestHosts.loopback("mute", silent.port(), "responder", server.clientKeyFile(), Duration.ofSeconds(60));
            SshTransport closing = new SshTransport(TestHosts.trusting(server.hostKey()), PassphrasePrompt.NONE, alias -> null, 4);
            java.util.concurrent.CompletableFuture<ExecResult> run = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    closing.exec(mute, CommandSpec.bash("true", Duration.ofSeconds(5)), new CollectingSink(), Cancellation.none()));
            while (!silent.reached()) {
                Thread.sleep(10); // connected; now waiting for a greeting that never comes
            }
            long closedAt = System.nanoTime();
            closing.close();
            ExecResult result = run.get(20, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(result.status()).isEqualTo(ExecStatus.CANCELLED);
            assertThat(result.detail()).contains("mute").contains("the console was closing");
            assertThat(Duration.ofNanos(System.nanoTime() - closedAt)).as("well before the 60 s connect timeout")
                    .isLessThan(Duration.ofSeconds(20));
            assertThat(closing.exec(mute, CommandSpec.bash("true", Duration.ofSeconds(5)), new CollectingSink(), Cancellation.none())
                    .status()).as("a closed transport starts nothing").isIn(ExecStatus.CANCELLED, ExecStatus.CONNECTION_LOST);
        }
    }

    @Test
    void cancellingWhileAHostHasNotAnsweredTheHandshakeReturnsAtOnceForCommandsAndFiles() throws Exception {
        try (SilentHost silent = new SilentHost()) {
            HostTarget mute = TestHosts.loopback("mute", silent.port(), "responder", server.clientKeyFile(), Duration.ofSeconds(60));
            Cancellation cancelCommand = new Cancellation();
            Cancellation cancelFile = new Cancellation();
            java.util.concurrent.CompletableFuture<ExecResult> run = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    transport.exec(mute, CommandSpec.bash("true", Duration.ofSeconds(5)), new CollectingSink(), cancelCommand));
            java.util.concurrent.CompletableFuture<dev.incidentconsole.remote.CollectedFile> copy =
                    java.util.concurrent.CompletableFuture.supplyAsync(() ->
                            transport.collect(mute, "/etc/hostname", dev.incidentconsole.remote.FileSink.DISCARD, cancelFile));
            while (!silent.reached()) {
                Thread.sleep(10);
            }
            Thread.sleep(200); // both callers are now waiting on the one handshake

            long cancelledAt = System.nanoTime();
            cancelCommand.cancel();
            ExecResult result = run.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(result.status()).isEqualTo(ExecStatus.CANCELLED);
            assertThat(result.detail()).contains("mute").contains("cancelled while connecting");
            assertThat(copy).as("the other caller still waits for the handshake").isNotDone();

            cancelFile.cancel();
            dev.incidentconsole.remote.CollectedFile collected = copy.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(collected.status()).isEqualTo(ExecStatus.CANCELLED);
            assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).as("well before the 60 s connect timeout")
                    .isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void wrongKeyFailsAuthenticationWithAClearMessage() throws Exception {
        Path otherKey = dir.resolve("other");
        var pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        java.nio.file.Files.writeString(otherKey, "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        HostTarget stranger = TestHosts.loopback("mina", server.port(), "responder", otherKey, Duration.ofSeconds(5));

        ExecResult result = transport.exec(stranger, CommandSpec.bash("true", Duration.ofSeconds(5)), new CollectingSink(), Cancellation.none());

        assertThat(result.status()).isEqualTo(ExecStatus.AUTHENTICATION_FAILED);
        assertThat(result.detail()).contains("responder").contains(otherKey.toString());
    }

    @Test
    void unknownHostKeyIsRefused() {
        SshTransport suspicious;
        try {
            suspicious = new SshTransport(TestHosts.trusting(server.clientKeyPublic()), PassphrasePrompt.NONE, a -> null, 8);
        } catch (RuntimeException e) {
            throw e;
        }
        try (suspicious) {
            ExecResult result = suspicious.exec(host, CommandSpec.bash("true", Duration.ofSeconds(5)), new CollectingSink(), Cancellation.none());

            assertThat(result.status()).isEqualTo(ExecStatus.HOST_KEY_UNKNOWN);
            assertThat(server.commands()).isEmpty();
        }
    }
}
