package dev.incidentconsole.app;

import static dev.incidentconsole.app.ConsoleFixture.fx;
import static dev.incidentconsole.app.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.ui.shell.IncidentView;
import dev.incidentconsole.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The whole console as a responder meets it, built by the real wiring ({@link ConsoleFixture}): opens an incident
 * through the dialog, approves gamma's new host key, runs a step on all three hosts, reads each host's output,
 * adds a note from anywhere and switches the theme; then the evidence store holds what happened.
 */
class ConsoleWindowTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private ConsoleFixture console;
    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openWindow() throws Exception {
        console = new ConsoleFixture(home);
        window = console.open();
        waitUntil(30, () -> robot.lookup("#start-screen").tryQuery().isPresent());
        waitUntil(30, () -> robot.lookup("#incident-count").queryAs(javafx.scene.control.Label.class).getText()
                .equals("0 incidents, 0 open"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        if (console != null) console.close();
    }

    @Test
    void aResponderOpensAnIncidentApprovesANewHostRunsAStepAndTakesNotes() throws Exception {
        ConsoleFixture.openIncidentThroughTheDialog(robot, "Relay refuses connections");
        // Opening the incident connected to its hosts: gamma's key is new, so the responder was asked.
        assertThat(fx(() -> robot.lookup("#host-key-fingerprint").queryAs(javafx.scene.control.TextField.class).getText()))
                .startsWith("SHA256:");
        ConsoleFixture.trustTheNewHostKey(robot);

        IncidentView incident = fx(() -> window.incidents().activeProperty().get());
        assertThat(incident).isNotNull();
        ConsoleFixture.runStep(robot, "say-hello");

        for (String host : List.of("alpha", "beta", "gamma")) {
            waitUntil(10, () -> incident.output().view(host).map(view -> visibleText(view.lookup("#output-list")))
                    .orElse("").contains("hello from relay"));
        }
        String incidentId = fx(() -> incident.session().incident().id());
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(10, () -> incident.workspace().model().selectedProperty().get().id().equals("check-the-relay-version"));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(10, () -> robot.lookup("#note-dialog").tryQuery().isPresent());
        robot.clickOn("#note-text").write("relay restarted by the network team");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(10, () -> robot.lookup("#note-dialog").tryQuery().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(10, () -> window.theme().isDark() && Application.getUserAgentStylesheet().toLowerCase().contains("dark"));

        FxToolkit.cleanupStages(); // closes the store, so it can be read here
        List<EvidenceEntry> timeline = waitForStore(incidentId);
        assertThat(timeline).filteredOn(e -> e.kind() == EntryKind.COMMAND)
                .extracting(EvidenceEntry::hostAlias).containsExactlyInAnyOrder("alpha", "beta", "gamma");
        assertThat(timeline).filteredOn(e -> e.kind() == EntryKind.COMMAND)
                .allSatisfy(e -> assertThat(e.hostKeyFingerprint()).startsWith("SHA256:"));
        assertThat(timeline).anySatisfy(e -> assertThat(e.text()).isEqualTo("relay restarted by the network team"));
        String gammaKey = console.gamma.knownHostsLine("gamma").split(" ")[2];
        assertThat(Files.readString(console.paths.configDir().resolve("known_hosts"))).contains(gammaKey);
    }

    /** The store is closed on a thread of its own after the window; reopen it once that is done. */
    private List<EvidenceEntry> waitForStore(String incidentId) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (H2EvidenceStore store = H2EvidenceStore.open(console.paths.dataDir().resolve("evidence"), null)) {
                assertThat(store.incidents()).extracting(IncidentRecord::title).contains("Relay refuses connections");
                return store.timeline(incidentId);
            } catch (dev.incidentconsole.evidence.StoreInUseException e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.sleep(100);
            }
        }
    }

    private static String visibleText(javafx.scene.Node list) {
        if (!(list instanceof ListView)) return "";
        StringBuilder text = new StringBuilder();
        ((ListView<?>) list).getItems().forEach(item -> text.append(item).append('\n'));
        return text.toString();
    }
}
