package dev.incidentconsole.ui.hosts;

import dev.incidentconsole.remote.PassphrasePrompt;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the passphrase of an encrypted private key in a modal dialog, on behalf of the transport's worker
 * thread. The answer goes back as a char array and the field is emptied; it is never logged or kept.
 */
public final class FxPassphrasePrompt implements PassphrasePrompt {

    private final Supplier<Window> owner;
    private final BlockingDialog dialogs = new BlockingDialog();

    /** {@code owner} gives the window the dialog belongs to when it opens, or null for none. */
    public FxPassphrasePrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The passphrase, or null when the responder cancelled (the key is then skipped). */
    @Override
    public char[] passphraseFor(Path keyFile, int attempt) {
        return dialogs.ask("the passphrase prompt for " + keyFile, () -> dialogFor(keyFile, attempt), null);
    }

    private Dialog<char[]> dialogFor(Path keyFile, int attempt) {
        Dialog<char[]> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle("Key passphrase");
        DialogPane pane = dialog.getDialogPane();
        pane.setId("passphrase-dialog");
        pane.getStylesheets().add(FxPassphrasePrompt.class.getResource("hosts.css").toExternalForm());
        pane.setHeaderText("Passphrase for " + keyFile.getFileName());

        Label file = new Label("The private key " + keyFile + " is encrypted. Enter its passphrase to use it, "
                + "or cancel to skip this key.");
        file.setId("passphrase-key-file");
        file.setWrapText(true);
        file.setMaxWidth(480);
        Label retry = new Label("Wrong passphrase, try again (attempt " + attempt + " of " + MAX_ATTEMPTS + ").");
        retry.setId("passphrase-retry");
        retry.getStyleClass().add("passphrase-retry");
        retry.setVisible(attempt > 1);
        retry.setManaged(attempt > 1);
        PasswordField field = new PasswordField();
        field.setId("passphrase-field");
        field.setPromptText("passphrase");
        Label label = new Label("_Passphrase");
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        pane.setContent(new VBox(10, file, retry, label, field));

        ButtonType unlock = new ButtonType("_Use key", ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(unlock, ButtonType.CANCEL);
        ((Button) pane.lookupButton(unlock)).setId("passphrase-ok");
        ((Button) pane.lookupButton(ButtonType.CANCEL)).setId("passphrase-cancel");
        dialog.setOnShown(event -> field.requestFocus());
        dialog.setResultConverter(button -> {
            char[] passphrase = button == unlock ? characters(field) : null;
            field.clear();
            return passphrase;
        });
        return dialog;
    }

    /** Copies the field's characters without making a String of them. */
    private static char[] characters(PasswordField field) {
        CharSequence text = field.getCharacters();
        char[] passphrase = new char[text.length()];
        for (int i = 0; i < passphrase.length; i++) {
            passphrase[i] = text.charAt(i);
        }
        return passphrase;
    }
}
