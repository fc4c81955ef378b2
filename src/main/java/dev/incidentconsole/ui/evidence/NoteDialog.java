package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.EntryKind;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a note or an escalation. Ctrl+Enter (Cmd+Enter on a Mac) saves, Escape cancels. The dialog only
 * returns what was written; the caller records it through the incident session, off the FX thread.
 */
public final class NoteDialog extends Dialog<NoteDialog.Written> {

    /** The accelerator the window binds to open this dialog. */
    public static final KeyCombination OPEN = KeyCombination.keyCombination("Shortcut+N");
    public static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+Enter");

    /** What the responder wrote, stripped of leading and trailing blank space; kind is NOTE or ESCALATION. */
    public record Written(EntryKind kind, String text) {
        public Written {
            Objects.requireNonNull(kind, "kind");
            if (kind != EntryKind.NOTE && kind != EntryKind.ESCALATION) {
                throw new IllegalArgumentException("a written entry is a note or an escalation, not " + kind);
            }
        }
    }

    private final TextArea text = new TextArea();
    private final RadioButton note = new RadioButton("_Note");
    private final RadioButton escalation = new RadioButton("_Escalation");
    private final ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    /** @param kind which of note or escalation is chosen at first */
    public NoteDialog(Window owner, EntryKind kind) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Add to the timeline");
        setHeaderText("Write what happened; it is sealed into the evidence as written.");
        getDialogPane().setId("note-dialog");
        getDialogPane().getStylesheets().add(NoteDialog.class.getResource("timeline.css").toExternalForm());
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        ToggleGroup group = new ToggleGroup();
        note.setToggleGroup(group);
        note.setId("note-kind-note");
        escalation.setToggleGroup(group);
        escalation.setId("note-kind-escalation");
        (kind == EntryKind.ESCALATION ? escalation : note).setSelected(true);
        text.setId("note-text");
        text.getStyleClass().add("note-text");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPromptText("What you saw, did or decided");
        Label hint = new Label("Save with " + SAVE.getDisplayText() + ", cancel with Escape.");
        hint.getStyleClass().add("text-muted");
        HBox kinds = new HBox(16, note, escalation);
        VBox content = new VBox(10, kinds, text, hint);
        content.setPadding(new Insets(8, 14, 0, 14));
        VBox.setVgrow(text, Priority.ALWAYS);
        getDialogPane().setContent(content);

        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("note-save");
        saveButton.disableProperty().bind(text.textProperty().map(String::isBlank).orElse(true));
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("note-cancel");
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event)) {
                event.consume();
                if (!saveButton.isDisabled()) {
                    ((javafx.scene.control.Button) saveButton).fire();
                }
            }
        });
        setResultConverter(button -> button == save && !text.getText().isBlank()
                ? new Written(escalation.isSelected() ? EntryKind.ESCALATION : EntryKind.NOTE, text.getText().strip())
                : null);
        setOnShown(event -> Platform.runLater(text::requestFocus));
    }
}
