package dev.incidentconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.incidentconsole.evidence.NewIncident;
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
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens where it was left, with its split panes as the responder arranged them: the start tab's, and
 * in every incident the split between checklist and output and the one between checklist and step.
 */
class WindowLayoutTest {

    @TempDir
    Path folder;

    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (window != null) assertThat(window.awaitShutDown(30)).isTrue();
    }

    @Test
    void dividersComeBackAsTheyWereLeftAndTheirNewPlacesAreRemembered() throws Exception {
        Path runbooks = Files.createDirectories(folder.resolve("runbooks"));
        Files.writeString(runbooks.resolve("uptime.md"), String.join("\n", "---", "id: uptime-check", "title: Uptime check",
                "severity: low", "---", "# Uptime check", "", "## Look", "", "1. **Uptime**", "   ```bash", "   uptime",
                "   ```", ""));
        // The host is never reached: the layout does not depend on it.
        Path sshConfig = Files.writeString(folder.resolve("ssh_config"), "Host alpha\n  HostName 127.0.0.1\n  Port 1\n");
        FixtureServices services = new FixtureServices(folder, () -> RunbookLibrary.load(false, List.of(runbooks)), sshConfig);
        WindowPlacement left = new WindowPlacement(40, 30, 1100, 760, false,
                Map.of("start", 0.3, "incident", 0.7, "workspace", 0.55, "broken", 2.0));
        window = FxToolkit.setupFixture(() -> {
            MainWindow shown = new MainWindow(new Stage(), services, new ThemeSwitcher(false), left, Executors.newCachedThreadPool());
            shown.show();
            return shown;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(window::ready));
        assertThat(fx(() -> divider(window.stage().getScene().lookup("#start-split")))).isCloseTo(0.3, within(0.02));
        assertThat(fx(() -> window.stage().getWidth())).isEqualTo(1100);

        Runbook runbook = RunbookLibrary.load(false, List.of(runbooks)).find("uptime-check").orElseThrow();
        fx(() -> {
            window.incidents().create(new NewIncidentRequest(new NewIncident("Layout drill", "low", true, "Ana Responder",
                    "ana@example.com", List.of("uptime-check"), List.of("alpha"), Map.of(), Instant.now()), runbook,
                    List.of(services.loadHosts().resolve("alpha"))), () -> { });
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.incidents().activeProperty().get() != null));
        IncidentView view = fx(() -> window.incidents().activeProperty().get());
        assertThat(fx(() -> divider(view))).isCloseTo(0.7, within(0.02));
        assertThat(fx(() -> divider(view.workspace()))).isCloseTo(0.55, within(0.02));

        // The responder drags the split between checklist and step further right, then closes the window.
        javafx.scene.Node handle = fx(() -> view.workspace().lookup(".split-pane-divider"));
        double moveBy = fx(() -> view.workspace().getWidth() * 0.07);
        new org.testfx.api.FxRobot().drag(handle, javafx.scene.input.MouseButton.PRIMARY).dropBy(moveBy, 0);
        double dragged = fx(() -> divider(view.workspace()));
        assertThat(dragged).isCloseTo(0.62, within(0.02));
        FxToolkit.cleanupStages();
        assertThat(window.awaitShutDown(30)).isTrue();

        WindowPlacement remembered = services.placements.get(services.placements.size() - 1);
        assertThat(remembered.width()).isEqualTo(1100);
        assertThat(remembered.dividers()).containsOnlyKeys("start", "incident", "workspace");
        assertThat(remembered.dividers().get("workspace")).isCloseTo(dragged, within(0.001));
        assertThat(remembered.dividers().get("incident")).isCloseTo(0.7, within(0.02));
        assertThat(remembered.dividers().get("start")).isCloseTo(0.3, within(0.02));
    }

    private static double divider(javafx.scene.Node split) {
        return ((SplitPane) split).getDividerPositions()[0];
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
