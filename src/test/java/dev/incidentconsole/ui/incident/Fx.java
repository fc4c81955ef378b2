package dev.incidentconsole.ui.incident;

import dev.incidentconsole.ui.common.ThemeSwitcher;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Reading and waiting on the FX thread, and showing a component in a real window with the light theme. */
final class Fx {

    private Fx() {
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Builds the component on the FX thread and shows it in a window of its own. */
    static <T extends Parent> T show(Supplier<T> component) throws Exception {
        return FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false));
            T node = component.get();
            Stage stage = new Stage();
            stage.setScene(new Scene(node, 1200, 800));
            stage.show();
            return node;
        });
    }
}
