package dev.incidentconsole.ui.shell;

import atlantafx.base.controls.Spacer;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.Shortcuts;
import dev.incidentconsole.ui.runbook.LoadState;
import dev.incidentconsole.ui.runbook.RunbookLibraryModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The bottom line of the window: what the library load did, and the most useful shortcut. */
final class StatusBar extends HBox {

    StatusBar(RunbookLibraryModel model) {
        super(8);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("status-progress");
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(model.stateProperty().isEqualTo(LoadState.LOADING));
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

        Label hint = new Label(Shortcuts.text(Shortcuts.FIND) + " search  \u00b7  "
                + Shortcuts.text(Shortcuts.DARK_THEME) + " dark theme");
        hint.getStyleClass().add("status-hint");
        getChildren().addAll(busy, ok, failed, status, new Spacer(), hint);
    }
}
