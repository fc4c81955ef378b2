package dev.incidentconsole.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where the window was and how big, so it opens there again; a placement off every screen is ignored. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    public static WindowPlacement of(Stage stage) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
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
