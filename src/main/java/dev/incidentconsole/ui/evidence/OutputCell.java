package dev.incidentconsole.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One output row: a gutter that marks stderr, the text in monospace with find matches highlighted, and a mark
 * when the line was cut. A plain row is the cell's own text beside the gutter, two nodes in all: while output
 * flows every visible row changes on every update, and fewer nodes means less styling and layout per update.
 */
final class OutputCell extends ListCell<OutputLine> {

    /** Pseudo-classes rather than style classes: rows change stream on every scroll, and these restyle cheaply. */
    static final PseudoClass STDERR = PseudoClass.getPseudoClass("stderr");
    static final PseudoClass UNFINISHED = PseudoClass.getPseudoClass("unfinished");

    private final OutputSearch search;
    private final Label gutter = new Label();
    private final Label cutMark = label("[line cut]", "line-cut-mark");
    private final HBox composite = new HBox();

    OutputCell(OutputSearch search) {
        this.search = search;
        getStyleClass().add("output-cell");
        gutter.getStyleClass().add("output-gutter");
        gutter.setMinWidth(Region.USE_PREF_SIZE);
        composite.getStyleClass().add("output-row");
        setContentDisplay(ContentDisplay.LEFT);
        setTextOverrun(OverrunStyle.CLIP);
    }

    @Override
    protected void updateItem(OutputLine line, boolean empty) {
        super.updateItem(line, empty);
        pseudoClassStateChanged(STDERR, !empty && line != null && line.stderr());
        pseudoClassStateChanged(UNFINISHED, !empty && line != null && line.unfinished());
        List<Integer> starts = empty || line == null || line.unfinished() ? List.of()
                : OutputSearch.occurrences(line.text(), search.query());
        gutter.setText(!empty && line != null && line.stderr() ? "err" : "");
        if (empty || line == null || starts.isEmpty() && !line.cut()) {
            // The gutter stays the graphic of empty and plain rows alike: swapping graphics restyles the cell.
            if (getGraphic() != gutter) {
                setGraphic(null);
                composite.getChildren().clear();
                setGraphic(gutter);
            }
            setText(empty || line == null ? null : line.text());
            return;
        }
        setText(null);
        setGraphic(null);
        List<Node> parts = new ArrayList<>();
        parts.add(gutter);
        parts.addAll(pieces(line, starts));
        if (line.cut()) {
            parts.add(cutMark);
        }
        composite.getChildren().setAll(parts);
        setGraphic(composite);
    }

    /** The line's text as labels, the matches of the find query marked (the current one apart). */
    private List<Node> pieces(OutputLine line, List<Integer> starts) {
        List<Node> pieces = new ArrayList<>();
        int length = search.query().length();
        OutputSearch.Match current = search.current().orElse(null);
        int at = 0;
        for (int start : starts) {
            if (start > at) {
                pieces.add(label(line.text().substring(at, start), "output-text"));
            }
            boolean isCurrent = current != null && current.ordinal() == line.ordinal() && current.start() == start;
            pieces.add(label(line.text().substring(start, start + length), isCurrent ? "find-current" : "find-match"));
            at = start + length;
        }
        if (at < line.text().length()) {
            pieces.add(label(line.text().substring(at), "output-text"));
        }
        return pieces;
    }

    private static Label label(String content, String styleClass) {
        Label label = new Label(content);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
