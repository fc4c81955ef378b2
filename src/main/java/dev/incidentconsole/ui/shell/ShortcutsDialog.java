package dev.incidentconsole.ui.shell;

import dev.incidentconsole.ui.common.Shortcuts;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help > Keyboard shortcuts: every shortcut of the console and what it does. */
final class ShortcutsDialog {

    private static final String[][] ROWS = {
        {Shortcuts.text(Shortcuts.FIND), "Search runbooks"},
        {"Down / Enter", "From the search field: move into the list"},
        {"Up / Down", "In the list: choose a runbook (the checklist shows at once)"},
        {"Enter", "In the list: move to the checklist, to scroll it with the keyboard"},
        {"Escape", "In the search field: clear the search"},
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
