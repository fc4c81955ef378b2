package dev.incidentconsole.ui.hosts;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Reading the scene on the FX thread, waiting for it, and an empty window for dialogs to belong to. */
final class FxTesting {

    private FxTesting() {
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition} holds; it may read the scene through {@link #fx}. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /** An empty window on screen, as the main window would be when a dialog opens over it. */
    static Stage ownerWindow() throws Exception {
        return FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 400, 300));
            stage.show();
            return stage;
        });
    }
}
