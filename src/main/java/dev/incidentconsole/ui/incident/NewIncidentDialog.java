package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.runbook.RunbookLibrary;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;

/**
 * Opens a new incident: the responder fills in title, severity, mode, runbook, hosts and parameter values;
 * "Open incident" stays disabled until everything is valid. The result is what the caller opens in the store.
 */
public final class NewIncidentDialog extends Dialog<NewIncidentRequest> {

    /** The library and inventory are already loaded; nothing here reads files. */
    public NewIncidentDialog(RunbookLibrary library, HostInventory inventory, Operator operator, Clock clock) {
        setTitle("New incident");
        setHeaderText("Open a new incident");
        setResizable(true);
        NewIncidentForm form = new NewIncidentForm(library, inventory, operator, clock);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(640);
        scroll.setPrefViewportHeight(620);
        getDialogPane().setContent(scroll);
        getDialogPane().setId("new-incident-dialog");
        Stylesheets.addTo(getDialogPane().getStylesheets());

        ButtonType openType = new ButtonType("Open incident", ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(openType, ButtonType.CANCEL);
        Button open = (Button) getDialogPane().lookupButton(openType);
        open.setId("open-incident-button");
        open.disableProperty().bind(form.validProperty().not());
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("new-incident-cancel");
        setResultConverter(button -> button == openType ? form.request() : null);
        setOnShown(event -> Platform.runLater(form::focusTitle));
    }
}
