package dev.incidentconsole.app;

import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts JavaFX and opens the main window, built from the wiring it is given (no static state). */
public final class ConsoleApp {

    private ConsoleApp() {
    }

    public static void launchWith(Wiring wiring) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("MCP Incident Console");
            stage.show();
        });
    }
}
