package dev.incidentconsole.ui.incident;

import dev.incidentconsole.ui.common.Shortcuts;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for one piece of text: a check-off note (optional), or a skip reason, note or escalation (required). */
final class TextPrompt extends Dialog<String> {

    private static final KeyCombination ACCEPT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final TextArea text = new TextArea();

    TextPrompt(String title, String question, String okText, boolean required) {
        setTitle(title);
        setHeaderText(question);
        ButtonType ok = new ButtonType(okText, ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Stylesheets.addTo(getDialogPane().getStylesheets());
        getDialogPane().setId("text-prompt");

        text.setId("prompt-text");
        text.setPrefRowCount(4);
        text.setPrefColumnCount(44);
        text.setWrapText(true);
        Label hint = new Label((required ? "Required. " : "Optional. ") + "Recorded in the evidence as written. "
                + Shortcuts.text(ACCEPT) + " records it.");
        hint.getStyleClass().add("prompt-hint");
        hint.setWrapText(true);
        getDialogPane().setContent(new VBox(8, text, hint));

        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("prompt-ok");
        if (required) {
            okButton.disableProperty().bind(Bindings.createBooleanBinding(() -> text.getText().isBlank(), text.textProperty()));
        }
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("prompt-cancel");
        text.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ACCEPT.match(event)) {
                event.consume();
                okButton.fire();
            }
        });
        setResultConverter(button -> button == ok ? text.getText().strip() : null);
        setOnShown(event -> Platform.runLater(text::requestFocus));
    }

    /** Shows the prompt and waits; empty when the responder cancels. */
    static Optional<String> ask(Window owner, String title, String question, String okText, boolean required) {
        TextPrompt prompt = new TextPrompt(title, question, okText, required);
        prompt.initOwner(owner);
        return prompt.showAndWait();
    }
}
