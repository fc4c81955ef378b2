package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.incident.RunListener;
import dev.incidentconsole.incident.StepOutcome;
import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.Runbook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-command diagnostic step run again and again through the whole path (session, SSH to OpenSSH's sshd on
 * loopback, capture into the H2 store, sealing into the chain, the step's status entry). Prints p50 and p99.
 */
@Tag("bench")
class IncidentStepBenchmark {

    private static final int RUNS = 300;

    @TempDir
    Path dir;

    @Test
    void warmStepLatencyIncludingTheEvidenceCommit() throws Exception {
        OpenSshServer.assumeAvailable();
        Path key = OpenSshServer.keygen(dir.resolve("id_ed25519"), "");
        Runbook runbook = new MarkdownRunbookParser().parse("b.md", String.join("\n", "---", "id: b", "title: B", "---",
                "# B", "## Check", "1. **Uptime**", "   ```bash {timeout=30s}", "   uptime", "   ```", "")
                .getBytes(StandardCharsets.UTF_8), false).runbooks().get(0);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try (OpenSshServer server = new OpenSshServer(dir.resolve("sshd"), List.of("127.0.0.1"), List.of("SetEnv SHLVL=1"),
                dir.resolve("id_ed25519.pub"));
             H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("evidence"), null);
             SshTransport transport = new SshTransport(new KnownHostsVerification(new AppKnownHostsFile(dir.resolve("kh")),
                     HostKeyApprover.REFUSE_ALL), PassphrasePrompt.NONE, a -> null, 8)) {
            Path knownHosts = dir.resolve("known_hosts");
            Files.writeString(knownHosts, "[127.0.0.1]:" + server.port() + " " + Files.readString(server.hostPublicKeyFile()));
            HostTarget host = new HostTarget("bench", "127.0.0.1", server.port(), System.getProperty("user.name"),
                    List.of(key), List.of(), List.of(knownHosts), HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(10),
                    Duration.ofSeconds(15), 3);
            IncidentRecord incident = store.openIncident(new NewIncident("bench", "info", true, "bench", null, List.of("b"),
                    List.of("bench"), Map.of(), Clock.systemUTC().instant()));
            IncidentSession session = new IncidentSession(incident, runbook, store, transport, workers,
                    new Operator("bench", null), Clock.systemUTC());
            for (int i = 0; i < 20; i++) {
                require(session.run("uptime", List.of(host), null, RunListener.NONE, Cancellation.none()));
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                require(session.run("uptime", List.of(host), null, RunListener.NONE, Cancellation.none()));
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            String line = String.format("warm step on one host incl. evidence commit (%d runs): p50 %.2f ms p99 %.2f ms; store verifies: %s%n",
                    RUNS, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.99) - 1], store.verify(incident.id()).intact());
            System.out.print(line);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "bench-incident.txt"), line);
        } finally {
            workers.shutdownNow();
        }
    }

    private static void require(StepOutcome outcome) {
        if (outcome.state() != StepState.SUCCEEDED) throw new IllegalStateException(outcome.toString());
    }
}
