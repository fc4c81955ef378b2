package dev.incidentconsole.ui.shell;

import static dev.incidentconsole.ui.shell.OneHostWindow.fx;
import static dev.incidentconsole.ui.shell.OneHostWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.remote.ssh.SilentHost;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.incident.NewIncidentRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Closing the window while work is under way on a host asks first and names the work; declining keeps it going,
 * agreeing stops it and leaves its evidence entry sealed, not dangling. The host accepts connections and never
 * answers, so the collection is still waiting on it whenever the window is asked to close.
 */
class CloseWhileRunningTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private SilentHost mute;
    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (window != null) assertThat(window.awaitShutDown(60)).isTrue();
        if (mute != null) mute.close();
    }

    @Test
    void closingAsksAboutACollectionUnderWayAndClosingAnywayStopsItWithItsEntrySealed() throws Exception {
        mute = new SilentHost();
        Path sshConfig = Files.writeString(folder.resolve("ssh_config"), String.join("\n", "Host mute", "  HostName 127.0.0.1",
                "  Port " + mute.port(), "  User responder", "  ConnectTimeout 60", ""));
        Path runbooks = Files.createDirectories(folder.resolve("runbooks"));
        Files.writeString(runbooks.resolve("one.md"), String.join("\n", "---", "id: one", "title: One", "severity: low", "---",
                "# One", "", "## Look", "", "1. **Look**", "   ```bash", "   uptime", "   ```", ""));
        FixtureServices services = new FixtureServices(folder, () -> RunbookLibrary.load(false, List.of(runbooks)), sshConfig);
        window = FxToolkit.setupFixture(() -> {
            MainWindow shown = new MainWindow(new Stage(), services, new ThemeSwitcher(false), null, Executors.newCachedThreadPool());
            shown.show();
            return shown;
        });
        waitUntil(30, window::ready);
        Runbook runbook = RunbookLibrary.load(false, List.of(runbooks)).find("one").orElseThrow();
        var muteTarget = services.loadHosts().resolve("mute");
        fx(() -> {
            window.incidents().create(new NewIncidentRequest(new NewIncident("Quiet host", "low", true, "Ana Responder",
                    "ana@example.com", List.of("one"), List.of("mute"), Map.of(), Instant.now()), runbook, List.of(muteTarget)),
                    () -> { });
            return null;
        });
        waitUntil(30, () -> window.incidents().activeProperty().get() != null);
        IncidentView view = fx(() -> window.incidents().activeProperty().get());
        String incidentId = view.session().incident().id();

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitUntil(10, () -> robot.lookup("#collect-files-dialog").tryQuery().isPresent());
        robot.clickOn("#collect-paths").write("/var/log/mcp/gateway.log");
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
        waitUntil(10, () -> view.collection().running());

        askToClose();
        DialogPane ask = robot.lookup("#close-while-running").queryAs(DialogPane.class);
        assertThat(fx(ask::getContentText)).startsWith("Still running: collecting files in " + incidentId + ".");
        robot.clickOn((javafx.scene.Node) fx(() -> ask.lookupButton(ButtonType.CANCEL)));
        waitUntil(10, () -> robot.lookup("#close-while-running").tryQuery().isEmpty());
        assertThat(fx(() -> window.stage().isShowing() && view.collection().running())).as("declined: still open, still collecting").isTrue();

        askToClose();
        DialogPane again = robot.lookup("#close-while-running").queryAs(DialogPane.class);
        robot.clickOn((javafx.scene.Node) fx(() -> again.lookupButton(ButtonType.OK)));
        waitUntil(10, () -> !window.stage().isShowing());
        assertThat(window.awaitShutDown(60)).isTrue();

        H2EvidenceStore store = H2EvidenceStore.open(folder.resolve("evidence"), null);
        try {
            List<EvidenceEntry> files = store.timeline(incidentId).stream().filter(entry -> entry.kind() == EntryKind.FILE).toList();
            assertThat(files).singleElement().satisfies(entry -> {
                assertThat(entry.command()).isEqualTo("/var/log/mcp/gateway.log");
                assertThat(entry.status()).isNotEqualTo("SUCCEEDED");
                assertThat(entry.stdoutLength()).isZero();
            });
            assertThat(store.recoveredEntries()).as("sealed when the window closed, not left to crash recovery").isZero();
            assertThat(store.verify(incidentId).intact()).isTrue();
        } finally {
            store.close();
        }
    }

    private void askToClose() throws Exception {
        Platform.runLater(() -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(10, () -> robot.lookup("#close-while-running").tryQuery().isPresent());
    }
}
