package dev.incidentconsole.ui.shell;

import dev.incidentconsole.ui.common.Shortcuts;
import dev.incidentconsole.ui.incident.IncidentShortcuts;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help > Keyboard shortcuts: every shortcut of the console and what it does. */
final class ShortcutsDialog {

    private static final String[][] ROWS = {
        {Shortcuts.text(Shortcuts.NEW_INCIDENT), "Open a new incident"},
        {Shortcuts.text(Shortcuts.SHOW_INCIDENTS) + " / " + Shortcuts.text(Shortcuts.SHOW_RUNBOOKS),
                "The incidents / search the runbook library"},
        {"J / K, Up / Down", "In the checklist: next / previous step"},
        {Shortcuts.text(Shortcuts.NEXT_STEP) + " / " + Shortcuts.text(Shortcuts.PREVIOUS_STEP), "Next / previous step, from anywhere"},
        {"Enter, " + Shortcuts.text(Shortcuts.RUN_STEP), "Run the selected step on all hosts (a manual step: check it off)"},
        {Shortcuts.text(IncidentShortcuts.RUN_ON_SELECTED), "Run it on the hosts selected in the Hosts tab"},
        {Shortcuts.text(IncidentShortcuts.CANCEL_RUN), "Cancel the running step (stops the remote commands)"},
        {Shortcuts.text(IncidentShortcuts.SKIP), "Skip the step, with a reason"},
        {Shortcuts.text(Shortcuts.NOTE) + " / " + Shortcuts.text(Shortcuts.ESCALATE), "Add a note / an escalation to the timeline"},
        {Shortcuts.text(Shortcuts.COLLECT_FILES), "Collect files from the incident's hosts into the evidence"},
        {Shortcuts.text(Shortcuts.TIMELINE), "Show the incident's timeline"},
        {Shortcuts.text(Shortcuts.NEXT_DIFFERENCE) + " / " + Shortcuts.text(Shortcuts.PREVIOUS_DIFFERENCE),
                "In the compare: next / previous difference between hosts"},
        {Shortcuts.text(Shortcuts.FIND), "Search the evidence (in an incident) or the runbooks; in an output view, find in it"},
        {Shortcuts.text(Shortcuts.EXPORT_BUNDLE), "Export the incident as a signed bundle"},
        {Shortcuts.text(Shortcuts.OPEN_BUNDLE), "Open a bundle for review (or drop it on the window)"},
        {Shortcuts.text(Shortcuts.CLOSE_INCIDENT), "Close the incident's tab"},
        {Shortcuts.text(Shortcuts.DARK_THEME), "Switch between the dark and the light theme"},
        {Shortcuts.text(Shortcuts.QUIT), "Quit"},
    };

    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        grid.setHgap(24);
        grid.setVgap(8);
        for (int row = 0; row < ROWS.length; row++) {
            Label keys = new Label(ROWS[row][0]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row, keys, new Label(ROWS[row][1]));
        }
        Alert dialog = new Alert(Alert.AlertType.INFORMATION);
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().add(ShortcutsDialog.class.getResource("shell.css").toExternalForm());
        dialog.show();
    }
}
