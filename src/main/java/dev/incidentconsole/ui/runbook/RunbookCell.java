package dev.incidentconsole.ui.runbook;

import atlantafx.base.controls.Spacer;
import dev.incidentconsole.runbook.Runbook;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One runbook in the library list: title and severity on top, id and step count below. */
final class RunbookCell extends ListCell<Runbook> {

    private final Label title = new Label();
    private final Label id = new Label();
    private final Label steps = new Label();
    private final HBox top = new HBox(8);
    private final VBox box;
    private final Tooltip tooltip = new Tooltip();

    RunbookCell() {
        getStyleClass().add("runbook-cell");
        title.getStyleClass().add("runbook-cell-title");
        id.getStyleClass().add("runbook-cell-id");
        steps.getStyleClass().add("runbook-cell-steps");
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, id, new Spacer(), steps);
        bottom.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, top, bottom);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Runbook runbook, boolean empty) {
        super.updateItem(runbook, empty);
        if (empty || runbook == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        title.setText(runbook.title());
        tooltip.setText(runbook.summary() == null ? runbook.title() : runbook.title() + "\n" + runbook.summary());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        setTooltip(tooltip);
        id.setText(runbook.id());
        long count = runbook.steps().count();
        steps.setText(count + (count == 1 ? " step" : " steps"));
        top.getChildren().setAll(title, new Spacer(), SeverityBadge.of(runbook.severity()));
        setText(null);
        setGraphic(box);
    }
}
