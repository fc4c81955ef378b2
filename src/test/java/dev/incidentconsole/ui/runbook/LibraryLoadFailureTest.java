package dev.incidentconsole.ui.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.shell.FixtureServices;
import dev.incidentconsole.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** When the library cannot be read the window says why in one sentence, and Try again reloads it. */
class LibraryLoadFailureTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aFailedLoadShowsAClearMessageAndTryAgainLoads() throws Exception {
        FixtureRunbook.writeInto(folder);
        AtomicInteger attempts = new AtomicInteger();
        Callable<RunbookLibrary> source = () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new NoSuchFileException("/srv/runbooks");
            }
            return RunbookLibrary.load(false, List.of(folder));
        };
        FxToolkit.setupFixture(() -> {
            MainWindow window = new MainWindow(new Stage(), new FixtureServices(folder, source, null),
                    new ThemeSwitcher(false), null, Executors.newCachedThreadPool());
            window.show();
        });

        waitUntil(() -> robot.lookup("#library-error").query().isVisible());
        assertThat(text("#library-error-message")).isEqualTo("file or folder not found: /srv/runbooks");
        assertThat(text("#status-label"))
                .isEqualTo("Could not load the runbook library: file or folder not found: /srv/runbooks");

        robot.clickOn("#retry-button");
        waitUntil(() -> text("#runbook-count").equals("1 of 1 runbook"));
        assertThat(robot.lookup("#library-error").query().isVisible()).isFalse();
        assertThat(text("#status-label")).isEqualTo("Loaded 1 runbook");
        assertThat(text("#preview-title")).isEqualTo(FixtureRunbook.TITLE);
        assertThat(Files.exists(folder.resolve(FixtureRunbook.ID + ".md"))).isTrue();
    }

    private String text(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
    }
}
