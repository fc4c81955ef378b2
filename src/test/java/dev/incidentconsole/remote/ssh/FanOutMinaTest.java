package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.FanOut;
import dev.incidentconsole.remote.HostConnection;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.remote.PassphrasePrompt;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One command on many hosts: progress as it happens, results in order, parallelism bounded. */
class FanOutMinaTest {

    @TempDir
    Path dir;

    private MinaSshServer server;
    private SshTransport transport;

    @BeforeEach
    void start() {
        server = new MinaSshServer(dir);
        transport = new SshTransport(TestHosts.trusting(server.hostKey()), PassphrasePrompt.NONE, a -> null, 10);
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private HostTarget host(String alias, int port) {
        return TestHosts.loopback(alias, port, "responder", server.clientKeyFile(), Duration.ofSeconds(3));
    }

    @Test
    void reportsEachHostsProgressAndKeepsTheOrderOfHosts() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        List<HostTarget> hosts = List.of(host("a", server.port()), host("down", closed), host("b", server.port()));
        List<String> events = new CopyOnWriteArrayList<>();
        FanOut.Progress progress = new FanOut.Progress() {
            @Override
            public void started(HostTarget h) {
                events.add(h.alias() + ":started");
            }

            @Override
            public void connected(HostTarget h, HostConnection c) {
                events.add(h.alias() + (c.connected() ? ":connected" : ":not-connected"));
            }

            @Override
            public void finished(HostTarget h, ExecResult r) {
                events.add(h.alias() + ":" + r.status());
            }
        };

        List<ExecResult> results;
        try (FanOut fanOut = new FanOut(transport, 3)) {
            results = fanOut.run(hosts, CommandSpec.bash("echo hi", Duration.ofSeconds(10)), h -> OutputSink.DISCARD,
                    Cancellation.none(), progress);
        }

        assertThat(results).extracting(ExecResult::hostAlias).containsExactly("a", "down", "b");
        assertThat(results).extracting(ExecResult::status)
                .containsExactly(ExecStatus.SUCCEEDED, ExecStatus.UNREACHABLE, ExecStatus.SUCCEEDED);
        assertThat(results.get(1).commandSent()).isNull();
        for (String alias : List.of("a", "b")) {
            assertThat(events).containsSubsequence(alias + ":started", alias + ":connected", alias + ":SUCCEEDED");
        }
        assertThat(events).containsSubsequence("down:started", "down:not-connected", "down:UNREACHABLE");
    }

    @Test
    void neverRunsMoreHostsAtOnceThanAllowed() throws Exception {
        Path log = dir.resolve("concurrency.log");
        Files.createFile(log);
        List<HostTarget> hosts = new ArrayList<>();
        for (int i = 0; i < 8; i++) hosts.add(host("h" + i, server.port()));
        // Each run appends "+" on start and "-" on end; the server is local, so the log shows true overlap. A second
        // of sleep outlasts a handshake on a loaded machine, so at least two runs always overlap.
        String script = "echo + >> '" + log + "'; sleep 1; echo - >> '" + log + "'";

        try (FanOut fanOut = new FanOut(transport, 3)) {
            List<ExecResult> results = fanOut.run(hosts, CommandSpec.bash(script, Duration.ofSeconds(30)),
                    h -> OutputSink.DISCARD, Cancellation.none(), FanOut.Progress.NONE);
            assertThat(results).allMatch(r -> r.status() == ExecStatus.SUCCEEDED);
        }

        int running = 0;
        int most = 0;
        for (String line : Files.readAllLines(log)) {
            running += line.equals("+") ? 1 : -1;
            most = Math.max(most, running);
        }
        assertThat(most).isBetween(2, 3);
    }
}
