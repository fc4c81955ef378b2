package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** One search result: where and when the entry was recorded, then its snippet with the searched words marked. */
final class SearchHitCell extends ListCell<SearchHit> {

    private final Supplier<Set<String>> searchedWords;
    private final Label header = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, header, snippet);

    /** {@code width} is the list's width: snippets wrap within it rather than scroll sideways. */
    SearchHitCell(Supplier<Set<String>> searchedWords, ReadOnlyDoubleProperty width) {
        this.searchedWords = searchedWords;
        getStyleClass().add("search-hit");
        header.getStyleClass().add("search-hit-header");
        snippet.getStyleClass().add("search-snippet");
        snippet.prefWidthProperty().bind(width.subtract(40));
        snippet.maxWidthProperty().bind(width.subtract(40));
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        getStyleClass().remove("search-hit-failed");
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        EvidenceEntry entry = hit.entry();
        header.setText(headerText(entry));
        header.setGraphic(TimelineKindIcon.of(entry.kind()));
        if (TimelineText.failed(entry)) {
            getStyleClass().add("search-hit-failed");
        }
        List<Text> texts = new ArrayList<>();
        String shown = hit.snippet() == null || hit.snippet().isBlank() ? TimelineText.summary(entry) : hit.snippet();
        for (SearchHighlight.Piece piece : SearchHighlight.pieces(shown, searchedWords.get())) {
            Text text = new Text(piece.text());
            text.getStyleClass().add("search-snippet-text");
            if (piece.match()) {
                text.getStyleClass().add("search-match");
            }
            texts.add(text);
        }
        snippet.getChildren().setAll(texts);
        setText(null);
        setGraphic(box);
    }

    static String headerText(EvidenceEntry entry) {
        List<String> parts = new ArrayList<>();
        parts.add("#" + entry.seq());
        parts.add(TimelineText.words(entry.kind().name()));
        if (entry.hostAlias() != null) {
            parts.add(entry.hostAlias());
        }
        if (entry.stepId() != null) {
            parts.add(entry.stepId());
        }
        parts.add(TimelineText.shortTime(TimelineText.at(entry)) + " UTC");
        if (TimelineText.ran(entry)) {
            parts.add(TimelineText.exit(entry));
        }
        if (TimelineText.incomplete(entry)) {
            parts.add(TimelineText.completeness(entry));
        }
        return String.join(" \u00B7 ", parts);
    }
}
