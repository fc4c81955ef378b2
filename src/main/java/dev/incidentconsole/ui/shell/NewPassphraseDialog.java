package dev.incidentconsole.ui.shell;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Chooses the passphrase of the app's new signing key: typed twice, at least {@link #MIN_LENGTH} characters. The
 * result is a char array the caller wipes; the fields are emptied as the dialog closes.
 */
final class NewPassphraseDialog extends Dialog<char[]> {

    static final int MIN_LENGTH = 8;

    NewPassphraseDialog(Window owner) {
        initOwner(owner);
        setTitle("Create the signing key");
        setHeaderText("Bundles are signed with a key the console keeps for you, encrypted with this passphrase.\n"
                + "It is never stored; you type it each time you export.");
        PasswordField first = new PasswordField();
        first.setId("new-passphrase");
        first.setPromptText("Passphrase (at least " + MIN_LENGTH + " characters)");
        PasswordField second = new PasswordField();
        second.setId("new-passphrase-again");
        second.setPromptText("The same passphrase again");
        Label problem = new Label();
        problem.setId("new-passphrase-problem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            if (first.getText().isEmpty()) return "";
            if (first.getText().length() < MIN_LENGTH) return "Use at least " + MIN_LENGTH + " characters.";
            return first.getText().equals(second.getText()) || second.getText().isEmpty() ? "" : "The two do not match.";
        }, first.textProperty(), second.textProperty()));
        getDialogPane().setContent(new VBox(8, first, second, problem));
        ButtonType create = new ButtonType("Create key", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        getDialogPane().lookupButton(create).setId("create-signing-key");
        getDialogPane().setId("new-passphrase-dialog");
        getDialogPane().lookupButton(create).disableProperty().bind(Bindings.createBooleanBinding(
                () -> first.getText().length() < MIN_LENGTH || !first.getText().equals(second.getText()),
                first.textProperty(), second.textProperty()));
        setResultConverter(button -> {
            char[] chosen = button == create ? first.getText().toCharArray() : null;
            first.clear();
            second.clear();
            return chosen;
        });
        setOnShown(event -> first.requestFocus());
    }

    /** Wipes a passphrase once it has been used. */
    static void wipe(char[] passphrase) {
        if (passphrase != null) Arrays.fill(passphrase, '\0');
    }
}
