package dev.incidentconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.incident.NewIncidentRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Collecting from the window: Ctrl+Shift+F on an open incident, a path typed into the dialog, and the file's
 * bytes come back from a real SSH host; the status bar sums it up.
 */
class CollectFromWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private MinaSshServer alpha;
    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (window != null) assertThat(window.awaitShutDown(30)).isTrue();
        if (alpha != null) alpha.close();
    }

    @Test
    void aFileNamedInTheDialogIsCollectedAndTheOutcomeShown() throws Exception {
        alpha = new MinaSshServer(Files.createDirectories(folder.resolve("alpha")));
        Path log = Files.writeString(folder.resolve("gateway.log"), "upstream timeout\n".repeat(1000));
        Path knownHosts = Files.writeString(folder.resolve("known_hosts"), alpha.knownHostsLine("[127.0.0.1]:" + alpha.port()) + "\n");
        Path sshConfig = Files.writeString(folder.resolve("ssh_config"), String.join("\n", "Host alpha",
                "  HostName 127.0.0.1", "  Port " + alpha.port(), "  User responder", "  IdentityFile " + alpha.clientKeyFile(),
                "  UserKnownHostsFile " + knownHosts, ""));
        Path runbooks = Files.createDirectories(folder.resolve("runbooks"));
        Files.writeString(runbooks.resolve("logs.md"), String.join("\n", "---", "id: logs", "title: Logs",
                "severity: low", "---", "# Logs", "", "## Look", "", "1. **Tail**", "   ```bash", "   echo tail",
                "   ```", ""));
        FixtureServices services = new FixtureServices(folder, () -> RunbookLibrary.load(false, List.of(runbooks)), sshConfig);
        window = FxToolkit.setupFixture(() -> {
            MainWindow shown = new MainWindow(new Stage(), services, new ThemeSwitcher(false), null, Executors.newCachedThreadPool());
            shown.show();
            return shown;
        });
        waitUntil(30, window::ready);
        Runbook runbook = RunbookLibrary.load(false, List.of(runbooks)).find("logs").orElseThrow();
        HostInventory inventory = services.loadHosts();
        fx(() -> {
            window.incidents().create(new NewIncidentRequest(new NewIncident("Log drill", "low", true, "Ana Responder",
                    "ana@example.com", List.of("logs"), List.of("alpha"), Map.of(), Instant.now()), runbook,
                    List.of(inventory.resolve("alpha"))), () -> { });
            return null;
        });
        waitUntil(30, () -> window.incidents().activeProperty().get() != null);

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitUntil(10, () -> robot.lookup("#collect-files-dialog").tryQuery().isPresent());
        robot.clickOn("#collect-paths").write(log.toString());
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);

        waitUntil(30, () -> robot.lookup("#status-activity").queryAs(Label.class).getText().contains("Files collected"));
        assertThat(fx(() -> robot.lookup("#status-activity").queryAs(Label.class).getText()))
                .endsWith("Files collected: Collected 1 of 1 file");
        assertThat(fx(() -> robot.lookup("#collect-progress").query().isVisible())).isFalse();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }
}
