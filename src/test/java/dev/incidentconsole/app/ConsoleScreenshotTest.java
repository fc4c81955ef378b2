package dev.incidentconsole.app;

import static dev.incidentconsole.app.ConsoleFixture.fx;
import static dev.incidentconsole.app.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.ui.Screenshots;
import dev.incidentconsole.ui.shell.IncidentView;
import dev.incidentconsole.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Renders the real console mid-incident, with hosts served by in-process SSH servers, and writes the README's
 * PNGs: start screen, checklist with live output, cross-host compare, timeline, and the checklist in the dark
 * theme. Not part of the default run: {@code mvn -Pscreenshots test}.
 */
@Tag("screenshots")
class ConsoleScreenshotTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private ConsoleFixture console;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (console != null) console.close();
    }

    @Test
    void consoleMidIncident() throws Exception {
        Path out = Screenshots.folder();
        console = new ConsoleFixture(home);
        earlierIncidents();
        MainWindow window = console.open();
        waitUntil(30, () -> robot.lookup("#start-screen").tryQuery().isPresent()
                && robot.lookup("#incident-count").queryAs(javafx.scene.control.Label.class).getText().startsWith("2"));
        Screenshots.write(window.stage().getScene(), out.resolve("start.png"));

        ConsoleFixture.openIncidentThroughTheDialog(robot, "MCP relay refuses connections");
        ConsoleFixture.trustTheNewHostKey(robot);
        IncidentView incident = fx(() -> window.incidents().activeProperty().get());
        ConsoleFixture.runStep(robot, "say-hello");
        ConsoleFixture.runStep(robot, "check-the-relay-version");
        waitUntil(10, () -> incident.output().view("gamma").isPresent());
        Screenshots.write(window.stage().getScene(), out.resolve("incident-checklist.png"));

        fx(() -> {
            incident.showCompare();
            return null;
        });
        waitUntil(20, () -> incident.compare().comparison().isPresent());
        assertThat(fx(() -> incident.compare().comparison().orElseThrow().outliers())).containsExactly("gamma");
        Screenshots.write(window.stage().getScene(), out.resolve("compare.png"));

        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(10, () -> robot.lookup("#timeline-pane").tryQuery().map(node -> node.isVisible()).orElse(false));
        fx(() -> {
            incident.setDividerPositions(0.25); // room for the table and the entry's details
            return null;
        });
        dev.incidentconsole.ui.evidence.TimelinePane timeline = fx(() ->
                (dev.incidentconsole.ui.evidence.TimelinePane) window.stage().getScene().lookup("#timeline-pane"));
        waitUntil(10, () -> timeline.entries().size() >= 8);
        fx(() -> {
            timeline.select(timeline.entries().get(5).seq());
            return null;
        });
        Thread.sleep(500); // the entry's output head is read in the background
        Screenshots.write(window.stage().getScene(), out.resolve("timeline.png"));

        fx(() -> {
            window.theme().darkProperty().set(true);
            incident.setDividerPositions(0.58);
            incident.tabs().getSelectionModel().select(0);
            return null;
        });
        Screenshots.write(window.stage().getScene(), out.resolve("incident-dark.png"));

        fx(() -> {
            incident.showCompare();
            return null;
        });
        waitUntil(20, () -> incident.compare().comparison().isPresent());
        Screenshots.write(window.stage().getScene(), out.resolve("compare-dark.png"));
    }

    /** A closed incident and an exercise, so the start screen shows what a responder's laptop holds after a while. */
    private void earlierIncidents() {
        Instant now = Instant.now();
        try (H2EvidenceStore store = H2EvidenceStore.open(console.paths.dataDir().resolve("evidence"), null)) {
            IncidentRecord old = store.openIncident(new NewIncident("Tool server latency over SLO", "medium", false,
                    "Ana Responder", "ana@example.com", List.of(ConsoleFixture.RUNBOOK_ID), List.of("alpha"), Map.of(),
                    now.minus(Duration.ofDays(3))));
            store.record(new EntryDraft(old.id(), EntryKind.NOTE, ConsoleFixture.RUNBOOK_ID, null, null,
                    "Latency back under 200 ms after the cache flush.", "Ana Responder", now.minus(Duration.ofDays(3)).plusSeconds(900)));
            store.closeIncident(old.id(), "Ana Responder", now.minus(Duration.ofDays(3)).plusSeconds(1800));
            store.openIncident(new NewIncident("Tabletop: leaked MCP API token", "high", true, "Ana Responder",
                    "ana@example.com", List.of(ConsoleFixture.RUNBOOK_ID), List.of("alpha", "beta"), Map.of(),
                    now.minus(Duration.ofDays(1))));
        }
    }
}
