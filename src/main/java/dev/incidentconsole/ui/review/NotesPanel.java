package dev.incidentconsole.ui.review;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.bundle.review.AnalystNote;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.ProblemText;
import dev.incidentconsole.ui.common.Shortcuts;
import java.io.File;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/**
 * The analyst's notes on the bundle: the list, a field to add one (about the entry selected in the timeline, if
 * wanted), and the export of all notes as a signed addendum. Notes are saved beside the bundle, never in it.
 */
final class NotesPanel extends VBox {

    static final KeyCombination ADD = KeyCombination.keyCombination("Shortcut+Enter");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ReviewModel model;
    private final ObservableValue<EvidenceEntry> selected;
    private final BiFunction<FileChooser, Window, File> saveDialog;
    private final TextArea text = new TextArea();
    private final CheckBox aboutEntry = new CheckBox();
    private final Label message = new Label();

    NotesPanel(ReviewModel model, ObservableValue<EvidenceEntry> selected, BiFunction<FileChooser, Window, File> saveDialog) {
        super(8);
        this.model = model;
        this.selected = selected;
        this.saveDialog = saveDialog;
        setId("review-notes");
        getStyleClass().add("review-notes");
        Label title = new Label("Analyst notes");
        title.getStyleClass().add(Styles.TITLE_4);
        Label where = new Label("Kept beside the bundle in " + model.services().notesFolder() + ", never inside it.");
        where.getStyleClass().add(Styles.TEXT_MUTED);
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        ListView<AnalystNote> list = new ListView<>(model.notes());
        list.setId("review-notes-list");
        list.setCellFactory(view -> new NoteCell());
        list.setPlaceholder(new Label("No notes yet."));
        VBox.setVgrow(list, Priority.ALWAYS);
        text.setId("review-note-text");
        text.setPromptText("Write a note about the bundle\u2026");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setTooltip(new Tooltip(Shortcuts.hint("Focus the note field", Shortcuts.NOTE) + "; "
                + Shortcuts.text(ADD) + " adds the note"));
        text.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ADD.match(event)) {
                event.consume();
                add();
            }
        });
        aboutEntry.setId("review-note-about-entry");
        aboutEntry.setTooltip(new Tooltip("Tie the note to the entry selected in the timeline (Alt+E)"));
        aboutEntry.textProperty().bind(Bindings.createStringBinding(() -> selected.getValue() == null
                ? "About the selected _entry (none)" : "About _entry #" + selected.getValue().seq(), selected));
        aboutEntry.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.getValue() == null, selected));
        Button add = new Button("_Add note", Icons.icon(MaterialDesignN.NOTE_PLUS_OUTLINE));
        add.setId("review-add-note");
        add.setTooltip(new Tooltip("Save the note beside the bundle (" + Shortcuts.text(ADD) + " or Alt+A)"));
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> text.getText().isBlank(), text.textProperty()));
        add.setOnAction(event -> add());
        Button export = new Button("E_xport addendum\u2026", Icons.icon(MaterialDesignE.EXPORT_VARIANT));
        export.setId("review-export-addendum");
        export.setTooltip(new Tooltip("Sign all notes with your key into a small zip that travels with the bundle (Alt+X)"));
        export.disableProperty().bind(Bindings.isEmpty(model.notes()));
        export.setOnAction(event -> exportAddendum());
        message.setId("review-notes-message");
        message.getStyleClass().add("review-notes-message");
        message.setWrapText(true);
        FlowPane buttons = new FlowPane(8, 6, add, export);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, where, list, text, aboutEntry, buttons, message);
    }

    private void add() {
        String note = text.getText();
        if (note.isBlank()) {
            return;
        }
        Long seq = aboutEntry.isSelected() && selected.getValue() != null ? selected.getValue().seq() : null;
        model.addNote(note, seq, saved -> {
            text.clear();
            say("Note saved" + (seq == null ? "." : " about entry #" + seq + "."), false);
        }, failure -> say("The note was not saved: " + ProblemText.describe(failure), true));
    }

    private void exportAddendum() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the signed notes addendum");
        String name = model.bundle().getFileName().toString().replaceAll("\\.zip$", "");
        chooser.setInitialFileName(name + "-notes.zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Notes addendum", "*.zip"));
        File chosen = saveDialog.apply(chooser, getScene() == null ? null : getScene().getWindow());
        if (chosen == null) {
            return;
        }
        say("Signing the notes into " + chosen + "\u2026", false);
        model.exportAddendum(chosen.toPath(), written -> say("Saved the signed addendum to " + written
                        + "; its VERIFY.txt says how to check it.", false),
                failure -> say("The addendum was not saved: " + ProblemText.describe(failure), true));
    }

    private void say(String text, boolean error) {
        message.setText(text);
        message.pseudoClassStateChanged(ERROR, error);
    }

    void focusText() {
        text.requestFocus();
    }

    /** A note: who, when, which entry, then its text. */
    private static final class NoteCell extends ListCell<AnalystNote> {
        @Override
        protected void updateItem(AnalystNote note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setText(null);
                return;
            }
            setWrapText(true);
            setPrefWidth(0);
            setText(note.author() + " \u00B7 " + UTC.format(note.at()) + (note.seq() == null ? "" : " \u00B7 entry #"
                    + note.seq()) + "\n" + note.text());
        }
    }
}
