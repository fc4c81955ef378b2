package dev.incidentconsole.ui.incident;

import atlantafx.base.controls.Spacer;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.runbook.Severity;
import dev.incidentconsole.ui.runbook.SeverityBadge;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** An incident in the start screen's list: title, drill mark and severity; id, open or closed, when, where. */
final class IncidentCell extends ListCell<IncidentRecord> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    IncidentCell(ZoneId zone) {
        this.zone = zone;
        getStyleClass().add("incident-cell");
        // Rows take the list's width rather than their text's: long details are cut with an ellipsis (the tooltip
        // has them whole) instead of giving the list a sideways scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(IncidentRecord incident, boolean empty) {
        super.updateItem(incident, empty);
        setText(null);
        if (empty || incident == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("incident-" + incident.id());
        Label title = new Label(incident.title());
        title.getStyleClass().add("incident-cell-title");
        HBox top = new HBox(8, title, new Spacer());
        top.setAlignment(Pos.CENTER_LEFT);

        Label details = new Label(incident.id() + "  \u00b7  opened " + WHEN.format(incident.openedAt().atZone(zone))
                + (incident.open() ? "" : "  \u00b7  closed " + WHEN.format(incident.closedAt().atZone(zone)))
                + "  \u00b7  " + String.join(", ", incident.runbookIds())
                + "  \u00b7  " + String.join(", ", incident.hostAliases()));
        details.getStyleClass().add("incident-cell-details");
        details.setMinWidth(0);
        setTooltip(new Tooltip(incident.title() + "\n" + details.getText().replace("  \u00b7  ", "\n")));
        // The badges lead the line, so a narrow list still shows them whole.
        HBox bottom = new HBox(8, incident.open() ? Badges.open() : Badges.closed());
        if (incident.exercise()) bottom.getChildren().add(Badges.exercise());
        bottom.getChildren().addAll(SeverityBadge.of(Severity.parse(incident.severity()).orElse(null)), details);
        bottom.setAlignment(Pos.CENTER_LEFT);
        setGraphic(new VBox(4, top, bottom));
    }
}
