package dev.incidentconsole.ui.evidence;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What a compare cell draws: the host's line number in a fixed gutter, then the line, shifted left by the
 * horizontal offset all cells share (so every host scrolls sideways together) and clipped to the cell. Two
 * {@link Text} nodes whose text is replaced in place, as in the output view, because rows change on every scroll.
 */
final class CompareLine extends Region {

    /** Set here rather than in CSS: the gutter and the horizontal scroll are measured in this font's characters. */
    static final Font FONT = Font.font("monospace", 12);
    static final double GAP = 8;

    private final Text number = new Text();
    private final Text line = new Text();
    private final Rectangle clip = new Rectangle();
    private final double gutterWidth;
    private final ObservableDoubleValue offset;
    private final ChangeListener<Number> relayout = (obs, was, now) -> requestLayout();

    CompareLine(double gutterWidth, ObservableDoubleValue offset) {
        this.gutterWidth = gutterWidth;
        this.offset = offset;
        getStyleClass().add("compare-line");
        number.getStyleClass().add("compare-line-number");
        line.getStyleClass().add("compare-text");
        for (Text text : new Text[] {number, line}) {
            text.setFont(FONT);
            text.setTextOrigin(VPos.CENTER);
            text.setManaged(false);
        }
        getChildren().addAll(number, line);
        line.setClip(clip);
        // Weak, because the offset outlives the cells of a comparison the view has replaced.
        offset.addListener(new WeakChangeListener<>(relayout));
    }

    void show(int lineNumber, String text) {
        String shownNumber = lineNumber > 0 ? Integer.toString(lineNumber) : "";
        if (!shownNumber.equals(number.getText())) {
            number.setText(shownNumber);
            requestLayout();
        }
        if (!text.equals(line.getText())) {
            line.setText(text);
        }
    }

    String text() {
        return line.getText();
    }

    @Override
    protected void layoutChildren() {
        double height = getHeight();
        double width = getWidth();
        number.setLayoutX(gutterWidth - number.getLayoutBounds().getWidth());
        number.setLayoutY(height / 2);
        double textX = gutterWidth + GAP;
        line.setLayoutX(textX - offset.get());
        line.setLayoutY(height / 2);
        // The clip is in the line's own coordinates: it keeps what lies between the gutter and the cell's edge.
        clip.setX(offset.get());
        clip.setY(-height / 2);
        clip.setWidth(Math.max(0, width - textX));
        clip.setHeight(height);
    }

    @Override
    protected double computePrefWidth(double height) {
        return gutterWidth + GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        return CompareGridView.ROW_HEIGHT;
    }
}
