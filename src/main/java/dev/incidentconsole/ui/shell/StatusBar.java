package dev.incidentconsole.ui.shell;

import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.Shortcuts;
import dev.incidentconsole.ui.runbook.LoadState;
import dev.incidentconsole.ui.runbook.RunbookLibraryModel;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The bottom line of the window: background work in progress (with a spinner), the last thing that finished or
 * failed, what the library load did, and the most useful shortcuts. Called on the FX thread.
 */
final class StatusBar extends HBox {

    private final IntegerProperty working = new SimpleIntegerProperty();
    private final Label activity = new Label();

    StatusBar(RunbookLibraryModel model) {
        super(8);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("status-busy");
        busy.getStyleClass().add("status-progress");
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(model.stateProperty().isEqualTo(LoadState.LOADING).or(working.greaterThan(0)));
        busy.managedProperty().bind(busy.visibleProperty());

        FontIcon ok = Icons.icon(MaterialDesignC.CHECK_CIRCLE_OUTLINE, "status-ok-icon");
        FontIcon failed = Icons.icon(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "status-error-icon");
        ok.visibleProperty().bind(model.stateProperty().isEqualTo(LoadState.LOADED));
        failed.visibleProperty().bind(model.stateProperty().isEqualTo(LoadState.FAILED));
        ok.managedProperty().bind(ok.visibleProperty());
        failed.managedProperty().bind(failed.visibleProperty());

        Label status = new Label();
        status.setId("status-label");
        status.textProperty().bind(model.statusProperty());
        model.stateProperty().addListener((obs, was, now) ->
                status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), now == LoadState.FAILED));

        activity.setId("status-activity");
        activity.getStyleClass().add("status-activity");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(Shortcuts.text(Shortcuts.FIND) + " search  \u00b7  "
                + Shortcuts.text(Shortcuts.NOTE) + " note  \u00b7  "
                + Shortcuts.text(Shortcuts.DARK_THEME) + " dark theme");
        hint.getStyleClass().add("status-hint");
        getChildren().addAll(busy, ok, failed, status, activity, spacer, hint);
    }

    /** Background work started; the spinner turns until as many {@link #done} calls came. */
    void working(String what) {
        working.set(working.get() + 1);
        activity.setText("\u00b7  " + what + "\u2026");
    }

    void done() {
        working.set(Math.max(0, working.get() - 1));
        if (working.get() == 0) {
            activity.setText("");
        }
    }

    void message(String text) {
        activity.setText("\u00b7  " + text);
    }
}
