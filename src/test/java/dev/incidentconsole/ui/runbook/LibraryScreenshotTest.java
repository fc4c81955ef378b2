package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.app.AppPaths;
import dev.incidentconsole.app.ConsoleApp;
import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.runbook.StepKind;
import dev.incidentconsole.ui.Screenshots;
import dev.incidentconsole.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the real window with the bundled library and writes PNGs into {@code screenshots.dir} (default
 * {@code ./screenshots}). Not part of the default run: {@code mvn -Pscreenshots test}.
 */
@Tag("screenshots")
class LibraryScreenshotTest {

    @TempDir
    Path home;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void libraryWindowInLightAndDarkTheme() throws Exception {
        Path out = Screenshots.folder();
        Wiring wiring = new Wiring(new AppPaths(home.resolve("data"), home.resolve("config")), Clock.systemDefaultZone());
        MainWindow window = FxToolkit.setupFixture(() -> ConsoleApp.openMainWindow(wiring, new Stage()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.library().libraryProperty().get() != null));

        Runbook shown = fx(() -> {
            List<Runbook> runbooks = window.library().libraryProperty().get().runbooks();
            Runbook pick = runbooks.stream().filter(r -> r.id().equals("server-down")).findFirst()
                    .or(() -> runbooks.stream().filter(LibraryScreenshotTest::hasChangeStep).findFirst())
                    .orElseGet(() -> runbooks.stream().max(Comparator.comparingLong(r -> r.steps().count())).orElseThrow());
            window.library().selectedProperty().set(pick);
            // Keep a few runbooks above the selected one in view, so the list shows its context.
            javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>) window.stage().getScene().lookup("#runbook-list");
            list.scrollTo(Math.max(0, list.getItems().indexOf(pick) - 3));
            return pick;
        });
        Optional<String> changeStep = shown.steps().filter(step -> step.kind() == StepKind.CHANGE).map(Step::id).findFirst();
        RunbookPreview preview = fx(() -> (RunbookPreview) window.stage().getScene().lookup("#preview"));

        org.assertj.core.api.Assertions.assertThat(shown.steps().count()).as("the pictured runbook has steps").isPositive();
        for (boolean dark : new boolean[] {false, true}) {
            String suffix = dark ? "-dark" : "";
            fx(() -> {
                window.theme().darkProperty().set(dark);
                preview.setVvalue(0);
                return null;
            });
            snapshot(window, out.resolve("library" + suffix + ".png"));
            if (changeStep.isPresent()) {
                WaitForAsyncUtils.waitForFxEvents();
                fx(() -> {
                    preview.revealStep(changeStep.get());
                    return null;
                });
                snapshot(window, out.resolve("library-change-step" + suffix + ".png"));
            }
        }
    }

    private static boolean hasChangeStep(Runbook runbook) {
        return runbook.steps().anyMatch(step -> step.kind() == StepKind.CHANGE);
    }

    private static void snapshot(MainWindow window, Path file) throws Exception {
        Screenshots.write(window.stage().getScene(), file);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
