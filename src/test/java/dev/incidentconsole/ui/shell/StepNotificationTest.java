package dev.incidentconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.runbook.RunbookLibraryModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What finished in the background is said twice: in the status bar and in a notification popup over the window,
 * drawn in the window's theme (the popup's own stylesheet names colours the AtlantaFX themes lack).
 */
@ExtendWith(ApplicationExtension.class)
class StepNotificationTest {

    private final List<String> cssProblems = new CopyOnWriteArrayList<>();
    private final Handler cssLog = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                cssProblems.add(String.valueOf(record.getMessage()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Stage stage;
    private StatusBar status;
    private IncidentTabs tabs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false));
        status = new StatusBar(new RunbookLibraryModel(new BackgroundTasks(Runnable::run), () -> RunbookLibrary.load(false, List.of())));
        tabs = new IncidentTabs(new TabPane(), () -> null, status, stage, new PaneLayout(java.util.Map.of()));
        Scene scene = new Scene(new BorderPane(new TabPane(), null, null, status, null), 900, 600);
        scene.getStylesheets().add(MainWindow.class.getResource("shell.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void listenToCss() {
        Logger.getLogger("javafx.css").addHandler(cssLog);
        Logger.getLogger("javafx.scene.CssStyleHelper").addHandler(cssLog);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("javafx.css").removeHandler(cssLog);
        Logger.getLogger("javafx.scene.CssStyleHelper").removeHandler(cssLog);
    }

    @Test
    void aFinishedStepIsAnnouncedInTheStatusBarAndAPopupInTheDarkThemeToo() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            WaitForAsyncUtils.asyncFx(() -> {
                Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(dark));
                tabs.notify("Step finished: Capture relay state", "done after 42 s on 3 hosts");
            }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> popupTitle().isPresent());
            WaitForAsyncUtils.waitForFxEvents();

            Label title = popupTitle().orElseThrow();
            assertThat(title.getText()).isEqualTo("Step finished: Capture relay state");
            assertThat(((Label) stage.getScene().lookup("#status-activity")).getText())
                    .contains("Step finished: Capture relay state: done after 42 s on 3 hosts");
            Paint text = title.getTextFill();
            assertThat(text).isInstanceOf(Color.class);
            // Light theme: dark text; dark theme: light text, as the theme's own foreground is.
            assertThat(((Color) text).getBrightness()).as(dark ? "dark theme" : "light theme").matches(b -> dark ? b > 0.6 : b < 0.4);
            WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream().filter(Popup.class::isInstance)
                    .forEach(Window::hide)).get(10, TimeUnit.SECONDS);
        }
        assertThat(cssProblems).isEmpty();
    }

    private static java.util.Optional<Label> popupTitle() {
        return Window.getWindows().stream().filter(window -> window instanceof Popup && window.isShowing())
                .map(window -> window.getScene().getRoot().lookup(".notification-bar .title"))
                .filter(Label.class::isInstance).map(Label.class::cast).findFirst();
    }
}
