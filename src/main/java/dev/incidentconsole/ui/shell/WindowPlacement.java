package dev.incidentconsole.ui.shell;

import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was and how big, and where its split panes had their dividers (by name), so it opens the same
 * way again; a placement off every screen is ignored.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized, Map<String, Double> dividers) {

    public WindowPlacement {
        dividers = dividers == null ? Map.of() : Map.copyOf(dividers);
    }

    public static WindowPlacement of(Stage stage, Map<String, Double> dividers) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(), dividers);
    }

    void applyTo(Stage stage) {
        if (width < 200 || height < 150 || Double.isNaN(x) || Double.isNaN(y)) {
            return;
        }
        boolean visible = Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).stream().findAny().isPresent();
        if (!visible) {
            return;
        }
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
    }
}
