package dev.incidentconsole.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * One output row: a gutter that marks stderr, the text in monospace with find matches highlighted, and a mark
 * when the line was cut. While output flows every visible row changes on every update, so a plain row is two
 * {@link Text} nodes in a box, their text replaced in place: a label's new text re-adds its children, which
 * restyles them, and each node more is restyled on every update when the rows shift.
 *
 * <p>The plain text is unmanaged and placed by the cell itself. A managed node whose text changes asks its row
 * for a layout, and the list restyles every cell that needs one as it moves it (all visible rows, on every update
 * of a flood): unmanaged, the new text is only drawn. The cell asks for a layout itself when a line is wider than
 * any it held before, so the list's sideways scrolling still reaches the end of the longest line.
 */
final class OutputCell extends ListCell<OutputLine> {

    /** Pseudo-classes rather than style classes: rows change stream on every scroll, and these restyle cheaply. */
    static final PseudoClass STDERR = PseudoClass.getPseudoClass("stderr");
    static final PseudoClass UNFINISHED = PseudoClass.getPseudoClass("unfinished");

    private final OutputSearch search;
    /** A fixed width keeps the text column straight whether the row is marked or not. */
    private static final double GUTTER_WIDTH = 30;

    private final Text gutter = new Text();
    private final Text text = new Text();
    private final Label cutMark = label("[line cut]", "line-cut-mark");
    private final HBox row = new HBox(gutter, text);
    /** The width of the plain text that this cell's preferred width last counted. */
    private double countedTextWidth;

    OutputCell(OutputSearch search) {
        this.search = search;
        getStyleClass().add("output-cell");
        gutter.getStyleClass().add("output-gutter");
        gutter.setWrappingWidth(GUTTER_WIDTH);
        text.getStyleClass().add("output-text");
        text.setManaged(false);
        row.getStyleClass().add("output-row");
        row.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(row);
    }

    @Override
    protected void updateItem(OutputLine line, boolean empty) {
        super.updateItem(line, empty);
        boolean shown = !empty && line != null;
        pseudoClassStateChanged(STDERR, shown && line.stderr());
        pseudoClassStateChanged(UNFINISHED, shown && line.unfinished());
        String mark = shown && line.stderr() ? "err" : "";
        if (!mark.equals(gutter.getText())) {
            gutter.setText(mark);
        }
        List<Integer> starts = !shown || line.unfinished() ? List.of() : OutputSearch.occurrences(line.text(), search.query());
        if (!shown || starts.isEmpty() && !line.cut()) {
            text.setText(shown ? line.text() : "");
            if (row.getChildren().size() != 2 || row.getChildren().get(1) != text) {
                row.getChildren().setAll(gutter, text);
            } else if (text.getLayoutBounds().getWidth() > countedTextWidth) {
                requestLayout();
            }
            return;
        }
        List<Node> parts = new ArrayList<>();
        parts.add(gutter);
        parts.addAll(pieces(line, starts));
        if (line.cut()) {
            parts.add(cutMark);
        }
        row.getChildren().setAll(parts);
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = super.computePrefWidth(height);
        if (text.getParent() != row) {
            return width;
        }
        countedTextWidth = text.getLayoutBounds().getWidth();
        return width + countedTextWidth;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (text.getParent() == row) {
            text.relocate(GUTTER_WIDTH, (row.getHeight() - text.getLayoutBounds().getHeight()) / 2);
        }
    }

    /** The line's text as labels, the matches of the find query marked (the current one apart). */
    private List<Node> pieces(OutputLine line, List<Integer> starts) {
        List<Node> pieces = new ArrayList<>();
        int length = search.query().length();
        OutputSearch.Match current = search.current().orElse(null);
        int at = 0;
        for (int start : starts) {
            if (start > at) {
                pieces.add(label(line.text().substring(at, start), "output-piece"));
            }
            boolean isCurrent = current != null && current.ordinal() == line.ordinal() && current.start() == start;
            pieces.add(label(line.text().substring(start, start + length), isCurrent ? "find-current" : "find-match"));
            at = start + length;
        }
        if (at < line.text().length()) {
            pieces.add(label(line.text().substring(at), "output-piece"));
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
