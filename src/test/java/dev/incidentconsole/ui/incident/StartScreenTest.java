package dev.incidentconsole.ui.incident;

import static dev.incidentconsole.ui.incident.Fx.fx;
import static dev.incidentconsole.ui.incident.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The start screen over a real evidence file: newest first, drills marked, open and new by keyboard. */
class StartScreenTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<IncidentRecord> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger newRequests = new AtomicInteger();
    private EvidenceStore store;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() {
        store = H2EvidenceStore.open(dir.resolve("evidence"), null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        store.close();
    }

    private IncidentRecord incident(String title, String severity, boolean exercise, Instant at) {
        return store.openIncident(new NewIncident(title, severity, exercise, "Ana", null, List.of("relay-drill"),
                List.of("alpha", "beta"), Map.of(), at));
    }

    private StartScreen showScreen() throws Exception {
        StartScreen screen = Fx.show(() -> new StartScreen(store, new BackgroundTasks(background), ZoneOffset.UTC,
                newRequests::incrementAndGet, opened::add));
        fx(() -> { screen.reload(); return null; });
        return screen;
    }

    @Test
    void listsTheStoredIncidentsWithDrillsAndClosedOnesMarked() throws Exception {
        IncidentRecord old = incident("Disk filled up", "warning", false, Instant.parse("2026-02-01T08:00:00Z"));
        store.closeIncident(old.id(), "Ana", Instant.parse("2026-02-01T09:30:00Z"));
        IncidentRecord drill = incident("Quarterly relay drill", "high", true, Instant.parse("2026-02-10T14:05:00Z"));
        IncidentRecord live = incident("Relay refuses connections", "critical", false, Instant.parse("2026-03-01T10:00:00Z"));
        showScreen();

        waitUntil(10, () -> items().size() == 3);
        assertThat(items()).extracting(IncidentRecord::id).containsExactly(live.id(), drill.id(), old.id());
        assertThat(text("#incident-count")).isEqualTo("3 incidents, 2 open");
        // The list's cells are laid out on a later pulse than the items arrive.
        waitUntil(10, () -> labelsNow(drill).contains("Quarterly relay drill") && labelsNow(old).contains("CLOSED"));
        assertThat(labels(drill)).contains("Quarterly relay drill", "EXERCISE", "HIGH", "OPEN")
                .anyMatch(t -> t.contains("opened 2026-02-10 14:05"));
        assertThat(labels(live)).contains("CRITICAL", "OPEN").doesNotContain("EXERCISE");
        assertThat(labels(old)).contains("CLOSED").anyMatch(t -> t.contains("closed 2026-02-01 09:30"));
    }

    @Test
    void enterAndDoubleClickOpenTheIncidentAndTheShortcutAsksForANewOne() throws Exception {
        IncidentRecord first = incident("First", "info", false, Instant.parse("2026-02-01T08:00:00Z"));
        IncidentRecord second = incident("Second", "info", true, Instant.parse("2026-02-02T08:00:00Z"));
        StartScreen screen = showScreen();
        waitUntil(10, () -> items().size() == 2);

        fx(() -> { screen.focusList(); return null; });
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntil(10, () -> opened.size() == 1);
        assertThat(opened.get(0).id()).isEqualTo(first.id());

        robot.doubleClickOn("Second");
        waitUntil(10, () -> opened.size() == 2);
        assertThat(opened.get(1).id()).isEqualTo(second.id());

        robot.push((KeyCodeCombination) IncidentShortcuts.NEW_INCIDENT);
        waitUntil(10, () -> newRequests.get() == 1);
        robot.clickOn("#new-incident-button");
        waitUntil(10, () -> newRequests.get() == 2);
    }

    @Test
    void anEmptyStoreSaysHowToStart() throws Exception {
        showScreen();
        waitUntil(10, () -> text("#incident-placeholder").startsWith("No incidents yet."));
        assertThat(text("#incident-count")).isEqualTo("0 incidents, 0 open");
    }

    private List<IncidentRecord> items() throws Exception {
        return fx(() -> {
            @SuppressWarnings("unchecked")
            ListView<IncidentRecord> list = robot.lookup("#incident-list").queryAs(ListView.class);
            return List.copyOf(list.getItems());
        });
    }

    private String text(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    /** Every label text in the incident's cell. */
    private List<String> labels(IncidentRecord incident) throws Exception {
        return fx(() -> labelsNow(incident));
    }

    /** On the FX thread already. */
    private List<String> labelsNow(IncidentRecord incident) {
        return robot.lookup("#incident-" + incident.id()).lookup((Node n) -> n instanceof Label)
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
