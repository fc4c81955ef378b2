package dev.incidentconsole.ui.evidence;

import javafx.beans.value.ObservableDoubleValue;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** One host's cell in a compare row; its kind becomes a pseudo-class, which restyles cheaply as rows scroll. */
final class CompareCell extends TableCell<CompareRow, GridCell> {

    static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
    static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    static final PseudoClass FILLER = PseudoClass.getPseudoClass("filler");
    /** As in the output view: longer lines are cut for display, the comparison itself saw them whole. */
    static final int MAX_SHOWN_CHARS = OutputView.DEFAULT_MAX_LINE_CHARS;
    static final String CUT_MARK = " [line cut]";

    private final CompareLine line;

    CompareCell(double gutterWidth, ObservableDoubleValue offset) {
        line = new CompareLine(gutterWidth, offset);
        getStyleClass().add("compare-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(line);
    }

    @Override
    protected void updateItem(GridCell cell, boolean empty) {
        super.updateItem(cell, empty);
        GridCell.Kind kind = empty || cell == null ? null : cell.kind();
        pseudoClassStateChanged(DIFFERS, kind == GridCell.Kind.DIFFERS);
        pseudoClassStateChanged(MISSING, kind == GridCell.Kind.MISSING);
        pseudoClassStateChanged(FILLER, kind == GridCell.Kind.FILLER);
        if (kind == null || kind == GridCell.Kind.FILLER) {
            line.show(0, "");
        } else if (kind == GridCell.Kind.MISSING) {
            line.show(0, "missing");
        } else {
            line.show(cell.lineNumber(), shown(cell.text()));
        }
    }

    /** The line as drawn, for tests and for reading the grid back. */
    String shownText() {
        return line.text();
    }

    static String shown(String text) {
        return text.length() > MAX_SHOWN_CHARS ? text.substring(0, MAX_SHOWN_CHARS) + CUT_MARK : text;
    }
}
