package dev.incidentconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.Runbook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A runbook step with a ```collect block, run through the session against two real SFTP hosts and a real H2 store. */
class CollectStepRunTest {

    private static final String STEP = "keep-the-relay-files";
    private static final String RELAY = TwoSftpHosts.RELAY;
    private static final String LOG = TwoSftpHosts.LOG;
    private static final String RUNBOOK = String.join("\n", "---", "id: relay-breach", "title: Relay breach",
            "severity: critical", "owner: test", "version: 1", "last_reviewed: 2026-11-01", "response_time: 5m",
            "parameters:", "  - name: CONFIG", "    type: text", "    default: relay.yaml", "---", "# Relay breach", "",
            "## Investigate (0-30 minutes)", "", "1. **Keep the relay files**", "   ```collect", "   /etc/mcp/${CONFIG}",
            "   " + LOG, "   ```", "");

    @TempDir
    Path dir;

    private TwoSftpHosts hosts;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @BeforeEach
    void start() throws Exception {
        hosts = new TwoSftpHosts(dir);
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
        hosts.close();
    }

    private IncidentSession session(Map<String, String> parameters) {
        Runbook runbook = new MarkdownRunbookParser().parse("relay-breach.md", RUNBOOK.getBytes(StandardCharsets.UTF_8), false)
                .runbooks().get(0);
        var incident = hosts.store.openIncident(new NewIncident("Relay breach", "critical", false,
                TwoSftpHosts.OPERATOR.name(), TwoSftpHosts.OPERATOR.email(), List.of("relay-breach"),
                List.of("alpha", "beta"), parameters, Clock.systemUTC().instant()));
        return new IncidentSession(incident, runbook, hosts.store, hosts.transport, workers, TwoSftpHosts.OPERATOR,
                Clock.systemUTC());
    }

    private byte[] stdout(EvidenceEntry entry) throws IOException {
        try (InputStream in = hosts.store.output(entry.incidentId(), entry.seq(), OutputStreamKind.STDOUT)) {
            return in.readAllBytes();
        }
    }

    private List<EvidenceEntry> entries(IncidentSession session, EntryKind kind) {
        return hosts.store.timeline(session.incident().id()).stream().filter(e -> e.kind() == kind).toList();
    }

    private List<EvidenceEntry> statusOfStep(IncidentSession session) {
        return entries(session, EntryKind.STATUS).stream().filter(e -> STEP.equals(e.stepId())).toList();
    }

    /** Records what a UI would hear: each host's output as text and which hosts finished how. */
    private static final class Heard implements RunListener {
        final Map<String, StringBuffer> output = new ConcurrentHashMap<>();
        final List<HostOutcome> finished = new CopyOnWriteArrayList<>();
        final List<EvidenceEntry> ended = new CopyOnWriteArrayList<>();

        @Override
        public OutputSink outputOf(HostTarget host) {
            StringBuffer text = output.computeIfAbsent(host.alias(), a -> new StringBuffer());
            return (stream, data, offset, length, at) -> text.append(new String(data, offset, length, StandardCharsets.UTF_8));
        }

        @Override
        public void commandEnded(HostTarget host, EvidenceEntry entry) {
            ended.add(entry);
        }

        @Override
        public void hostFinished(HostOutcome outcome) {
            finished.add(outcome);
        }
    }

    @Test
    void theStepCollectsEachParameterisedPathFromEachHostIntoFileEntries() throws Exception {
        byte[] alphaRelay = "listen: 0.0.0.0:8443\n".getBytes(StandardCharsets.UTF_8);
        byte[] betaRelay = "listen: 127.0.0.1:8443\n".getBytes(StandardCharsets.UTF_8);
        byte[] log = TwoSftpHosts.random(200_000, 7);
        hosts.alpha.write("/etc/mcp/relay-alpha.yaml", alphaRelay);
        hosts.beta.write("/etc/mcp/relay-alpha.yaml", betaRelay);
        hosts.alpha.write(LOG, log);
        hosts.beta.write(LOG, log);
        hosts.alpha.write(RELAY, "the default, which must not be read".getBytes(StandardCharsets.UTF_8));
        IncidentSession session = session(Map.of("CONFIG", "relay-alpha.yaml"));
        Heard heard = new Heard();

        StepOutcome outcome = session.run(STEP, List.of(hosts.alphaTarget, hosts.betaTarget), null, heard, Cancellation.none());

        assertThat(outcome.state()).isEqualTo(StepState.SUCCEEDED);
        assertThat(session.state(STEP)).isEqualTo(StepState.SUCCEEDED);
        List<EvidenceEntry> files = entries(session, EntryKind.FILE);
        assertThat(files).extracting(e -> e.hostAlias() + ":" + e.command()).containsExactlyInAnyOrder(
                "alpha:/etc/mcp/relay-alpha.yaml", "alpha:" + LOG, "beta:/etc/mcp/relay-alpha.yaml", "beta:" + LOG);
        assertThat(files).allSatisfy(e -> assertThat(e.stepId()).isEqualTo(STEP));
        for (EvidenceEntry e : files) {
            byte[] expected = e.command().equals(LOG) ? log : e.hostAlias().equals("alpha") ? alphaRelay : betaRelay;
            assertThat(stdout(e)).as(e.hostAlias() + ":" + e.command()).isEqualTo(expected);
        }
        assertThat(statusOfStep(session)).extracting(EvidenceEntry::text)
                .containsExactly("state SUCCEEDED: Collected 4 of 4 files");
        assertThat(heard.finished).extracting(HostOutcome::hostAlias).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(heard.finished).allSatisfy(h -> assertThat(h.passed()).isTrue());
        assertThat(heard.ended).hasSize(4);
        assertThat(heard.output.get("alpha").toString()).contains("collected /etc/mcp/relay-alpha.yaml: "
                + alphaRelay.length + " bytes, sha256 ").doesNotContain("listen:");
        assertThat(hosts.store.verify(session.incident().id()).intact()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/shadow", "a/b", "..", "."})
    void aValueThatCouldLeaveItsPathSegmentIsRefusedBeforeAnythingIsRecordedOrSent(String value) throws Exception {
        hosts.alpha.write("/etc/shadow", "root:x:secret".getBytes(StandardCharsets.UTF_8));
        IncidentSession session = session(Map.of("CONFIG", value));
        int before = hosts.store.timeline(session.incident().id()).size();
        Heard heard = new Heard();

        assertThatThrownBy(() -> session.run(STEP, List.of(hosts.alphaTarget), null, heard, Cancellation.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter CONFIG")
                .hasMessageContaining("Keep the relay files");

        assertThat(hosts.store.timeline(session.incident().id())).hasSize(before);
        assertThat(session.state(STEP)).isEqualTo(StepState.PENDING);
        assertThat(heard.output).isEmpty();
        assertThat(heard.finished).isEmpty();
    }

    @Test
    void aMissingFileFailsTheStepWithTheReasonInItsStatus() throws Exception {
        hosts.alpha.write(LOG, "one line\n".getBytes(StandardCharsets.UTF_8));
        IncidentSession session = session(Map.of());
        Heard heard = new Heard();

        StepOutcome outcome = session.run(STEP, List.of(hosts.alphaTarget), null, heard, Cancellation.none());

        assertThat(outcome.state()).isEqualTo(StepState.FAILED);
        assertThat(session.state(STEP)).isEqualTo(StepState.FAILED);
        assertThat(outcome.hosts().get(0).reason()).contains("alpha:" + RELAY);
        assertThat(entries(session, EntryKind.FILE)).hasSize(2);
        String status = statusOfStep(session).get(0).text();
        assertThat(status).startsWith("state FAILED: Collected 1 of 2 files; alpha:" + RELAY);
        assertThat(heard.finished).singleElement().satisfies(h -> assertThat(h.passed()).isFalse());
        assertThat(heard.output.get("alpha").toString()).contains("alpha:" + RELAY).contains("collected " + LOG);
    }

    @Test
    void aCancelledRunCollectsNothingAndEndsCancelled() throws Exception {
        hosts.alpha.write(RELAY, "x".getBytes(StandardCharsets.UTF_8));
        hosts.alpha.write(LOG, "y".getBytes(StandardCharsets.UTF_8));
        IncidentSession session = session(Map.of());
        Cancellation cancellation = Cancellation.none();
        cancellation.cancel();

        StepOutcome outcome = session.run(STEP, List.of(hosts.alphaTarget), null, RunListener.NONE, cancellation);

        assertThat(outcome.state()).isEqualTo(StepState.CANCELLED);
        assertThat(session.state(STEP)).isEqualTo(StepState.CANCELLED);
        assertThat(entries(session, EntryKind.FILE)).isEmpty();
        assertThat(statusOfStep(session)).extracting(EvidenceEntry::text)
                .singleElement().asString().startsWith("state CANCELLED");
    }
}
