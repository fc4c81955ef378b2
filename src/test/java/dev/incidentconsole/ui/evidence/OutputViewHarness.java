package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.ui.common.ThemeSwitcher;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Puts a real component in a real, shown stage under the AtlantaFX theme and reads it back on the FX thread. */
final class OutputViewHarness {

    private OutputViewHarness() {
    }

    /** Shows {@code root} (built on the FX thread) in a new stage of the given size; returns what was built. */
    static <T extends Parent> T show(Supplier<T> root, double width, double height) throws Exception {
        return FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false));
            T built = root.get();
            Stage stage = new Stage();
            stage.setScene(new Scene(built, width, height));
            stage.show();
            return built;
        });
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    static void waitUntil(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }

    @SuppressWarnings("unchecked")
    static ListView<OutputLine> list(Node view) {
        return (ListView<OutputLine>) view.lookup("#output-list");
    }

    static List<OutputLine> rows(Node view) throws Exception {
        return fx(() -> List.copyOf(list(view).getItems()));
    }

    /** The cells on screen with an item, top to bottom. */
    static List<OutputCell> visibleCells(FxRobot robot, Node view) throws Exception {
        return fx(() -> robot.from(list(view)).lookup(".output-cell").queryAllAs(OutputCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getItem() != null && !cell.isEmpty())
                .sorted(Comparator.comparingInt(OutputCell::getIndex)).toList());
    }
}
