package dev.incidentconsole.app;

import dev.incidentconsole.remote.ssh.CipherWarmUp;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.shell.MainWindow;
import dev.incidentconsole.ui.shell.WindowPlacement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts JavaFX and opens the main window, built from the wiring it is given (no static state). */
public final class ConsoleApp {

    private ConsoleApp() {
    }

    /** Starts the JavaFX toolkit and opens the main window; JavaFX exits when the last window closes. */
    public static void launchWith(Wiring wiring) {
        Settings settings = wiring.settings(); // read here, before the FX thread exists: no file I/O on it
        CipherWarmUp.inBackground();
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
        // Cached: each running step holds a thread per host while it waits on the network.
        ExecutorService work = Executors.newCachedThreadPool(daemonThreads("console-work"));
        DesktopServices services = new DesktopServices(wiring);
        ThemeSwitcher theme = new ThemeSwitcher(settings.darkTheme);
        theme.darkProperty().addListener((property, was, dark) -> work.execute(() -> services.rememberTheme(dark)));
        Settings.Window last = settings.window;
        WindowPlacement placement = last == null ? null
                : new WindowPlacement(last.x(), last.y(), last.width(), last.height(), last.maximized(), last.dividers());
        MainWindow window = new MainWindow(stage, services, theme, placement, work);
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
