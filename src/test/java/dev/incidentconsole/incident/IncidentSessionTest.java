package dev.incidentconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.ssh.AppKnownHostsFile;
import dev.incidentconsole.remote.ssh.KnownHostsVerification;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import dev.incidentconsole.remote.ssh.SshTransport;
import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.Runbook;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runbook worked end to end on two real in-process hosts into a real H2 evidence file. */
class IncidentSessionTest {

    @TempDir
    Path dir;

    private MinaSshServer alpha;
    private MinaSshServer beta;
    private SshTransport transport;
    private EvidenceStore store;
    private ExecutorService workers;
    private Runbook runbook;
    private Path knownHosts;
    private final Operator operator = new Operator("Ana Responder", "ana@example.com");

    @BeforeEach
    void start() throws IOException {
        alpha = new MinaSshServer(Files.createDirectories(dir.resolve("alpha")));
        beta = new MinaSshServer(Files.createDirectories(dir.resolve("beta")));
        knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, alpha.knownHostsLine("[127.0.0.1]:" + alpha.port()) + "\n"
                + beta.knownHostsLine("[127.0.0.1]:" + beta.port()) + "\n");
        transport = new SshTransport(new KnownHostsVerification(new AppKnownHostsFile(dir.resolve("app_known_hosts")),
                HostKeyApprover.REFUSE_ALL), PassphrasePrompt.NONE, a -> null, 8);
        store = H2EvidenceStore.open(dir.resolve("evidence"), null);
        workers = Executors.newFixedThreadPool(4);
        runbook = runbook(dir.resolve("marker"));
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
        store.close();
        transport.close();
        alpha.close();
        beta.close();
    }

    private static Runbook runbook(Path marker) {
        String text = String.join("\n",
                "---", "id: drill", "title: Drill", "severity: warning", "owner: test", "version: 1", "last_reviewed: 2026-11-01",
                "response_time: 5m",
                "parameters:", "  - name: GREETING", "    type: text", "    default: hello", "---", "# Drill", "",
                "## Confirm (0-5 minutes)", "",
                "1. **Say hello**", "   ```bash {timeout=20s expect=\"^hello\"}", "   echo \"${GREETING} from $$\"", "   echo note >&2", "   ```", "",
                "2. **Look at the dashboard**", "   Nothing to run.", "",
                "3. **Expect the impossible**", "   ```bash {timeout=20s expect_exit=3}", "   exit 4", "   ```", "",
                "## Fix (5-15 minutes)", "",
                "4. **Create the marker**", "   ```bash {kind=change timeout=20s}", "   touch '" + marker + "'", "   ```", "",
                "5. **Verify the marker**", "   ```bash {timeout=20s expect=\"present\"}", "   test -f '" + marker + "' && echo present", "   ```", "",
                "6. **Wait a long time**", "   ```bash {timeout=60s}", "   echo waiting; sleep 30", "   ```", "");
        return new MarkdownRunbookParser().parse("drill.md", text.getBytes(StandardCharsets.UTF_8), false).runbooks().get(0);
    }

    private IncidentSession session(Map<String, String> params, List<String> hosts) {
        IncidentRecord incident = store.openIncident(new NewIncident("Drill", "warning", true, operator.name(), operator.email(),
                List.of("drill"), hosts, ParameterValues.resolve(runbook, params), Clock.systemUTC().instant()));
        return new IncidentSession(incident, runbook, store, transport, workers, operator, Clock.systemUTC());
    }

    private HostTarget host(String alias, MinaSshServer server) {
        return hostAt(alias, server.port(), server.clientKeyFile());
    }

    private HostTarget hostAt(String alias, int port, Path key) {
        return new HostTarget(alias, "127.0.0.1", port, "responder", List.of(key), List.of(),
                List.of(knownHosts), HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(3), Duration.ofSeconds(5), 3);
    }

    @Test
    void aWholeRunbookRunsOnTwoHostsAndEveryCommandBecomesSealedEvidence() {
        IncidentSession session = session(Map.of(), List.of("alpha", "beta"));
        List<HostTarget> hosts = List.of(host("alpha", alpha), host("beta", beta));

        StepOutcome hello = session.run("say-hello", hosts, null, RunListener.NONE, Cancellation.none());
        session.check("look-at-the-dashboard", "dashboard shows the spike");
        StepOutcome change = session.run("create-the-marker", hosts, Confirmation.of("create-the-marker", List.of("beta", "alpha")),
                RunListener.NONE, Cancellation.none());
        StepOutcome verify = session.run("verify-the-marker", hosts, null, RunListener.NONE, Cancellation.none());

        assertThat(List.of(hello.state(), change.state(), verify.state())).containsOnly(StepState.SUCCEEDED);
        assertThat(session.state("look-at-the-dashboard")).isEqualTo(StepState.SUCCEEDED);
        List<EvidenceEntry> timeline = store.timeline(session.incident().id());
        List<EvidenceEntry> commands = timeline.stream().filter(e -> e.kind() == EntryKind.COMMAND).toList();
        assertThat(commands).hasSize(6).allSatisfy(e -> {
            assertThat(e.completeness()).isEqualTo(Completeness.COMPLETE);
            assertThat(e.hostKeyFingerprint()).startsWith("SHA256:");
            assertThat(e.runbookSha256()).isEqualTo(runbook.source().sha256());
            assertThat(e.operator()).isEqualTo("Ana Responder <ana@example.com>");
            assertThat(e.command()).startsWith("exec env GREETING='hello' bash --norc -c ");
        });
        assertThat(commands).extracting(EvidenceEntry::hostAlias).containsOnly("alpha", "beta");
        assertThat(commands.get(0).stdoutLength()).isGreaterThan(0);
        assertThat(commands.get(0).stderrLength()).isEqualTo(5);
        assertThat(timeline).extracting(EvidenceEntry::seq).isSorted().doesNotHaveDuplicates();
        assertThat(timeline).anySatisfy(e -> assertThat(e.kind()).isEqualTo(EntryKind.CHECK));
        assertThat(timeline).anySatisfy(e -> assertThat(e.text()).contains("change confirmed by Ana Responder"));
        assertThat(store.verify(session.incident().id()).intact()).isTrue();
        // The exact runbook text every command entry names by digest is kept for export.
        assertThat(commands).extracting(EvidenceEntry::runbookSha256).containsOnly(runbook.source().sha256());
        assertThat(store.runbookText(runbook.source().sha256())).hasValueSatisfying(text ->
                assertThat(dev.incidentconsole.evidence.EntryHashing.sha256Hex(text)).isEqualTo(runbook.source().sha256()));
    }

    @Test
    void expectationsDecidePassOrFailPerHost() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        IncidentSession session = session(Map.of(), List.of("alpha", "gone"));

        StepOutcome impossible = session.run("expect-the-impossible", List.of(host("alpha", alpha)), null, RunListener.NONE, Cancellation.none());
        StepOutcome partly = session.run("say-hello", List.of(host("alpha", alpha), hostAt("gone", closed, alpha.clientKeyFile())), null,
                RunListener.NONE, Cancellation.none());
        StepOutcome wrongGreeting;
        IncidentSession other = session(Map.of("GREETING", "goodbye"), List.of("alpha"));
        wrongGreeting = other.run("say-hello", List.of(host("alpha", alpha)), null, RunListener.NONE, Cancellation.none());

        assertThat(impossible.state()).isEqualTo(StepState.FAILED);
        assertThat(impossible.hosts().get(0).reason()).isEqualTo("exited 4, expected [3]");
        assertThat(partly.state()).isEqualTo(StepState.PARTIALLY_FAILED);
        assertThat(partly.hosts().get(1).reason()).contains("could not reach the host");
        assertThat(wrongGreeting.state()).isEqualTo(StepState.FAILED);
        assertThat(wrongGreeting.hosts().get(0).reason()).contains("does not match /^hello/");
    }

    @Test
    void aChangeStepDoesNothingWithoutAConfirmationForExactlyItsHosts() {
        IncidentSession session = session(Map.of(), List.of("alpha", "beta"));
        List<HostTarget> hosts = List.of(host("alpha", alpha), host("beta", beta));

        assertThatThrownBy(() -> session.run("create-the-marker", hosts, null, RunListener.NONE, Cancellation.none()))
                .isInstanceOf(ChangeNotConfirmed.class).hasMessageContaining("alpha, beta");
        assertThatThrownBy(() -> session.run("create-the-marker", hosts, Confirmation.of("create-the-marker", List.of("alpha")),
                RunListener.NONE, Cancellation.none())).isInstanceOf(ChangeNotConfirmed.class);

        assertThat(dir.resolve("marker")).doesNotExist();
        assertThat(alpha.commands().stream().filter(c -> c.contains("touch"))).isEmpty();
        assertThat(session.state("create-the-marker")).isEqualTo(StepState.PENDING);
    }

    @Test
    void cancellingStopsTheStepAndTheEvidenceSaysSo() throws Exception {
        IncidentSession session = session(Map.of(), List.of("alpha"));
        Cancellation cancel = new Cancellation();
        RunListener cancelOnOutput = new RunListener() {
            @Override
            public dev.incidentconsole.remote.OutputSink outputOf(HostTarget host) {
                return (stream, data, off, len, at) -> cancel.cancel();
            }
        };

        StepOutcome outcome = session.run("wait-a-long-time", List.of(host("alpha", alpha)), null, cancelOnOutput, cancel);

        assertThat(outcome.state()).isEqualTo(StepState.CANCELLED);
        EvidenceEntry entry = outcome.hosts().get(0).entries().get(0);
        assertThat(entry.completeness()).isEqualTo(Completeness.CANCELLED);
        assertThat(entry.stdoutLength()).isEqualTo("waiting\n".length());
    }

    @Test
    void aResumedSessionKnowsWhatHappened() {
        IncidentSession first = session(Map.of(), List.of("alpha"));
        first.run("say-hello", List.of(host("alpha", alpha)), null, RunListener.NONE, Cancellation.none());
        first.skip("expect-the-impossible", "not relevant on this host");

        IncidentSession resumed = new IncidentSession(first.incident(), runbook, store, transport, workers, operator, Clock.systemUTC());

        assertThat(resumed.state("say-hello")).isEqualTo(StepState.SUCCEEDED);
        assertThat(resumed.state("expect-the-impossible")).isEqualTo(StepState.SKIPPED);
        assertThat(resumed.state("verify-the-marker")).isEqualTo(StepState.PENDING);
    }

    @Test
    void badParametersAreRefusedBeforeAnythingRuns() {
        Runbook withPort = new MarkdownRunbookParser().parse("p.md", String.join("\n", "---", "id: p", "title: P",
                "parameters:", "  - name: PORT", "    type: port", "---", "# P", "## A", "1. **Run**", "   ```bash",
                "   echo \"${PORT}\"", "   ```", "").getBytes(StandardCharsets.UTF_8), false).runbooks().get(0);

        assertThatThrownBy(() -> ParameterValues.resolve(withPort, Map.of())).hasMessageContaining("PORT is required");
        assertThatThrownBy(() -> ParameterValues.resolve(withPort, Map.of("PORT", "80; reboot")))
                .hasMessageContaining("PORT is not a port");
        assertThatThrownBy(() -> ParameterValues.resolve(withPort, Map.of("PORT", "80", "EXTRA", "1")))
                .hasMessageContaining("EXTRA is not a parameter");
    }
}
