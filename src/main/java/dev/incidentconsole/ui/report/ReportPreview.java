package dev.incidentconsole.ui.report;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The report read-only, one virtualized row per line so a long incident costs no more than a short one. Selected
 * lines are copied with Ctrl+C (Cmd+C).
 */
final class ReportPreview extends ListView<ReportPreviewLine> {

    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");

    ReportPreview() {
        setId("report-preview");
        getStyleClass().add("report-preview");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReportPreviewLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeIf(style -> style.startsWith("report-line-"));
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(line.text());
                getStyleClass().add(line.style().styleClass());
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event)) {
                event.consume();
                copySelection();
            }
        });
    }

    void show(List<ReportPreviewLine> lines) {
        getItems().setAll(lines);
    }

    private void copySelection() {
        String text = getSelectionModel().getSelectedIndices().stream().sorted()
                .map(index -> getItems().get(index).text()).collect(Collectors.joining("\n"));
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
