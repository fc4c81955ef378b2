package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.OutputViewHarness.fx;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.list;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.rows;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.incident.ParameterValues;
import dev.incidentconsole.incident.StepOutcome;
import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.ssh.AppKnownHostsFile;
import dev.incidentconsole.remote.ssh.KnownHostsVerification;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import dev.incidentconsole.remote.ssh.SshTransport;
import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.Runbook;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A step run on a real in-process SSH host and an unreachable one, into H2 evidence and the host tabs. */
class HostOutputTabsTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private MinaSshServer alpha;
    private SshTransport transport;
    private EvidenceStore store;
    private ExecutorService workers;
    private Path knownHosts;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        alpha = new MinaSshServer(Files.createDirectories(dir.resolve("alpha")));
        knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, alpha.knownHostsLine("[127.0.0.1]:" + alpha.port()) + "\n");
        transport = new SshTransport(new KnownHostsVerification(new AppKnownHostsFile(dir.resolve("app_known_hosts")),
                HostKeyApprover.REFUSE_ALL), PassphrasePrompt.NONE, alias -> null, 8);
        store = H2EvidenceStore.open(dir.resolve("evidence"), null);
        workers = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        workers.shutdownNow();
        store.close();
        transport.close();
        alpha.close();
    }

    private static Runbook runbook() {
        String text = String.join("\n",
                "---", "id: gateway-check", "title: Gateway check", "severity: warning", "owner: test", "version: 1",
                "last_reviewed: 2026-11-01", "response_time: 5m", "---", "# Gateway check", "",
                "## Look (0-5 minutes)", "",
                "1. **List the sessions**", "   ```bash {timeout=30s}",
                "   seq 1 5000 | sed 's/^/session /'", "   printf 'caf\\303\\251 \\360\\237\\231\\202\\n'",
                "   sleep 1", "   echo 'warn: disk 91%' >&2",
                "   ```", "");
        return new MarkdownRunbookParser().parse("gateway-check.md", text.getBytes(StandardCharsets.UTF_8), false).runbooks().get(0);
    }

    private HostTarget host(String alias, int port) {
        return new HostTarget(alias, "127.0.0.1", port, "responder", List.of(alpha.clientKeyFile()), List.of(), List.of(knownHosts),
                HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(3), Duration.ofSeconds(5), 3);
    }

    private String label(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void aRealCommandsOutputLandsInItsHostsTabAndMatchesTheEvidence() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Runbook runbook = runbook();
        Operator operator = new Operator("Ana Responder", "ana@example.com");
        IncidentRecord incident = store.openIncident(new NewIncident("Gateway slow", "warning", true, operator.name(), operator.email(),
                List.of("gateway-check"), List.of("alpha", "ghost"), ParameterValues.resolve(runbook, Map.of()), Clock.systemUTC().instant()));
        IncidentSession session = new IncidentSession(incident, runbook, store, transport, workers, operator, Clock.systemUTC());
        List<String> opened = new CopyOnWriteArrayList<>();
        HostOutputTabs tabs = OutputViewHarness.show(() -> {
            HostOutputTabs built = new HostOutputTabs(opened::add, 1_000, 2_000);
            built.showHosts(List.of("alpha", "ghost"));
            return built;
        }, 1000, 700);
        assertThat(tabs.state("alpha")).contains(HostRunState.RUNNING);
        assertThat(label("#host-state-alpha")).isEqualTo("running");

        StepOutcome outcome = CompletableFuture.supplyAsync(() -> session.run("list-the-sessions",
                List.of(host("alpha", alpha.port()), host("ghost", closed)), null, tabs.listener(), Cancellation.none()))
                .get(60, TimeUnit.SECONDS);

        assertThat(outcome.state()).isEqualTo(StepState.PARTIALLY_FAILED);
        OutputView alphaView = tabs.view("alpha").orElseThrow();
        waitUntil(10, () -> "running".equals(robot.lookup("#host-state-ghost").queryAs(Label.class).getText()) == false
                && list(alphaView).getItems().size() == 1_000 && list(alphaView).getItems().get(999).text().equals("warn: disk 91%"));
        EvidenceEntry entry = outcome.hosts().stream().filter(h -> h.hostAlias().equals("alpha")).findFirst().orElseThrow().entries().get(0);
        List<String> stored;
        try (InputStream in = store.output(incident.id(), entry.seq(), OutputStreamKind.STDOUT)) {
            stored = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        List<OutputLine> shown = rows(alphaView);
        assertThat(stored).hasSize(5_001).endsWith("session 5000", "caf\u00e9 \ud83d\ude42");
        assertThat(shown.stream().filter(r -> !r.stderr()).map(OutputLine::text).toList())
                .isEqualTo(stored.subList(stored.size() - 999, stored.size()));
        assertThat(shown).filteredOn(OutputLine::stderr).extracting(OutputLine::text).containsExactly("warn: disk 91%");
        assertThat(label("#output-alpha #output-hidden-lines")).isEqualTo("4,002 earlier lines are in the evidence store.");
        assertThat(label("#output-alpha #output-counts")).isEqualTo("5,002 lines \u00b7 " + CountText.bytes(entry.stdoutLength())
                + " out \u00b7 15 B err");

        assertThat(label("#host-state-alpha")).isEqualTo("ok");
        assertThat(label("#host-state-ghost")).isEqualTo("failed");
        assertThat(fx(() -> robot.lookup("#host-state-ghost").query().getStyleClass())).contains("host-state-failed");
        assertThat(label("#output-alpha #output-status")).startsWith("passed in ");
        assertThat(label("#output-ghost #output-status")).contains("could not reach the host");

        robot.clickOn("#output-alpha #output-open-full");
        assertThat(opened).containsExactly("alpha");
    }

    @Test
    void aHostTheWindowWasNotToldAboutGetsItsTabFromAWorkerThread() throws Exception {
        HostOutputTabs tabs = OutputViewHarness.show(() -> new HostOutputTabs(alias -> { }), 800, 500);

        CompletableFuture.runAsync(() -> {
            OutputViewTest.send(tabs.outputOf(host("web-1.prod", 22)), dev.incidentconsole.remote.OutputSink.Stream.STDOUT, "up\n");
            tabs.hostFinished("web-1.prod", "exited 0", true);
        }).get(20, TimeUnit.SECONDS);

        waitUntil(10, () -> "ok".equals(robot.lookup("#host-state-web-1_prod").queryAs(Label.class).getText()));
        assertThat(fx(() -> robot.lookup("#host-output-tabs").queryAs(TabPane.class).getTabs().get(0).getText())).isEqualTo("web-1.prod");
        waitUntil(10, () -> list(tabs.view("web-1.prod").orElseThrow()).getItems().size() == 1);
        assertThat(rows(tabs.view("web-1.prod").orElseThrow())).extracting(OutputLine::text).containsExactly("up");
    }
}
