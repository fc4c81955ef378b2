package dev.incidentconsole.app;

import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.shell.MainWindow;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts JavaFX and opens the main window, built from the wiring it is given (no static state). */
public final class ConsoleApp {

    private static final int BACKGROUND_THREADS = 2;

    private ConsoleApp() {
    }

    /** Starts the JavaFX toolkit and opens the main window; JavaFX exits when the last window closes. */
    public static void launchWith(Wiring wiring) {
        Settings settings = wiring.settings(); // read here, before the FX thread exists: no file I/O on it
        Platform.startup(() -> openMainWindow(wiring, new Stage(), settings));
    }

    /**
     * Builds the main window from the wiring on {@code stage} and shows it. Call on the FX thread. The window
     * gets its own executor for background work and shuts it down when it closes.
     */
    public static MainWindow openMainWindow(Wiring wiring, Stage stage) {
        return openMainWindow(wiring, stage, new Settings());
    }

    /** As above, starting from {@code settings}; a theme change is saved to the settings file in the background. */
    public static MainWindow openMainWindow(Wiring wiring, Stage stage, Settings settings) {
        ExecutorService background = Executors.newFixedThreadPool(BACKGROUND_THREADS, daemonThreads("console-background"));
        ThemeSwitcher theme = new ThemeSwitcher(settings.darkTheme);
        theme.darkProperty().addListener((property, was, dark) -> background.execute(() -> wiring.rememberTheme(dark)));
        MainWindow window = new MainWindow(stage, background, () -> wiring.loadRunbookLibrary(List.of()),
                theme, wiring.clock());
        window.show();
        return window;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
