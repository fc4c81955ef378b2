package dev.incidentconsole.ui.incident;

import atlantafx.base.controls.Spacer;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.runbook.Severity;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.Shortcuts;
import dev.incidentconsole.ui.runbook.SeverityBadge;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The top of the checklist: what the incident is, whether it is a drill, the response clock, note and escalate. */
final class IncidentHeader extends VBox {

    IncidentHeader(IncidentWorkspaceModel model, StepActions actions) {
        super(6);
        getStyleClass().add("incident-header");
        IncidentRecord incident = model.incident();
        Label title = new Label(incident.title());
        title.setId("incident-title");
        title.getStyleClass().add("incident-title");
        title.setWrapText(true);
        HBox titleRow = new HBox(10, title, new Spacer());
        titleRow.setAlignment(Pos.CENTER_LEFT);
        if (incident.exercise()) {
            titleRow.getChildren().add(Badges.exercise());
        }
        if (!incident.open()) {
            titleRow.getChildren().add(Badges.closed());
        }
        titleRow.getChildren().add(SeverityBadge.of(Severity.parse(incident.severity()).orElse(null)));

        Label id = new Label(incident.id() + "  \u00b7  " + model.runbook().title());
        id.getStyleClass().add("incident-id");
        id.setMinWidth(0);
        Label response = new Label();
        response.setId("response-clock");
        response.getStyleClass().add("response-clock");
        response.setGraphic(Icons.icon(MaterialDesignT.TIMER_OUTLINE, "response-icon"));
        response.textProperty().bind(model.clocks().responseProperty());
        model.clocks().responseOverdueProperty().addListener((obs, was, overdue) -> overdue(response, overdue));
        overdue(response, model.clocks().responseOverdueProperty().get());

        Button note = new Button("Add _note\u2026", Icons.icon(MaterialDesignN.NOTE_PLUS_OUTLINE));
        note.setId("note-button");
        note.setTooltip(new Tooltip(Shortcuts.hint("Add a note to the incident's record", IncidentShortcuts.NOTE)));
        note.setOnAction(event -> actions.note());
        Button escalate = new Button("_Escalate\u2026", Icons.icon(MaterialDesignA.ARROW_UP_BOLD_CIRCLE_OUTLINE));
        escalate.setId("escalate-button");
        escalate.setTooltip(new Tooltip(Shortcuts.hint("Record an escalation", IncidentShortcuts.ESCALATE)));
        escalate.setOnAction(event -> actions.escalate());
        note.setMinWidth(Button.USE_PREF_SIZE);
        escalate.setMinWidth(Button.USE_PREF_SIZE);
        HBox idRow = new HBox(8, id, new Spacer(), note, escalate);
        idRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(titleRow, idRow, response);
    }

    private static void overdue(Label response, boolean overdue) {
        response.getStyleClass().remove("clock-overdue");
        if (overdue) response.getStyleClass().add("clock-overdue");
    }
}
