package dev.incidentconsole.ui.evidence;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The aligned grid in one virtualized table: a row per grid row, a column per host. Lines are never wrapped;
 * a horizontal bar under the table shifts the text of every column together, so all hosts stay side by side
 * while a long line is read to its end.
 */
final class CompareGridView extends VBox {

    /** Rows kept above a difference the view jumps to, so what leads up to it is in sight. */
    static final int CONTEXT_ROWS = 3;
    static final double ROW_HEIGHT = 20;
    private static final double MIN_COLUMN_WIDTH = 160;
    /** The cell's left and right padding (see output.css), outside the line's own layout. */
    private static final double CELL_PADDING = 12;

    private final TableView<CompareRow> table = new TableView<>();
    private final ScrollBar sideways = new ScrollBar();
    private final double charWidth;
    private double gutterWidth;
    private int widestLine;

    CompareGridView() {
        getStyleClass().add("compare-grid-box");
        table.setId("compare-grid");
        table.getStyleClass().add("compare-grid");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        Label empty = new Label("No output.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        table.widthProperty().addListener(obs -> fitSideways());
        sideways.setId("compare-hscroll");
        sideways.setOrientation(Orientation.HORIZONTAL);
        sideways.setFocusTraversable(false);
        showSideways(false);
        Text probe = new Text("0000000000");
        probe.setFont(CompareLine.FONT);
        charWidth = probe.getLayoutBounds().getWidth() / 10;
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::scrollSidewaysByKey);
        table.addEventFilter(ScrollEvent.SCROLL, this::scrollSidewaysByWheel);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, sideways);
    }

    void show(OutputComparison comparison) {
        CompareGrid grid = comparison.grid();
        gutterWidth = Integer.toString(Math.max(1, grid.rows().size())).length() * charWidth;
        widestLine = Math.min(grid.widestLine(), CompareCell.MAX_SHOWN_CHARS + CompareCell.CUT_MARK.length());
        sideways.setValue(0);
        List<TableColumn<CompareRow, GridCell>> columns = new ArrayList<>();
        for (int host = 0; host < comparison.columns().size(); host++) {
            columns.add(column(comparison.columns().get(host), host));
        }
        table.getSelectionModel().clearSelection();
        table.getColumns().setAll(columns);
        // The grid's rows are immutable and never sorted: wrapped, not copied.
        table.setItems(FXCollections.observableList(grid.rows()));
        table.scrollTo(0);
        fitSideways();
    }

    /** Selects {@code row} and scrolls it into view with a few rows of context above. */
    void reveal(int row) {
        table.getSelectionModel().clearAndSelect(row);
        table.getFocusModel().focus(row);
        table.scrollTo(Math.max(0, row - CONTEXT_ROWS));
    }

    ReadOnlyIntegerProperty selectedRowProperty() {
        return table.getSelectionModel().selectedIndexProperty();
    }

    private TableColumn<CompareRow, GridCell> column(OutputComparison.HostColumn host, int index) {
        TableColumn<CompareRow, GridCell> column = new TableColumn<>();
        column.setId("compare-column-" + HostOutputTabs.idOf(host.host()));
        CompareHeader header = new CompareHeader(host);
        header.prefWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
        header.maxWidthProperty().bind(header.prefWidthProperty());
        column.setGraphic(header);
        column.setSortable(false);
        column.setReorderable(false);
        column.setMinWidth(MIN_COLUMN_WIDTH);
        if (host.outlier()) {
            column.getStyleClass().add("compare-outlier-column");
        }
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().cell(index)));
        double gutter = gutterWidth;
        column.setCellFactory(c -> new CompareCell(gutter, sideways.valueProperty()));
        column.widthProperty().addListener(obs -> fitSideways());
        return column;
    }

    /** Sizes the horizontal bar so the longest line can be read to its end in the narrowest column. */
    private void fitSideways() {
        double narrowest = table.getColumns().stream().mapToDouble(TableColumn::getWidth).min().orElse(0);
        double visible = narrowest - gutterWidth - CompareLine.GAP - CELL_PADDING;
        double content = (widestLine + 1) * charWidth;
        double overflow = content - visible;
        if (visible <= 0 || overflow <= 0) {
            sideways.setValue(0);
            showSideways(false);
            return;
        }
        sideways.setMax(overflow);
        sideways.setVisibleAmount(overflow * visible / content);
        sideways.setUnitIncrement(4 * charWidth);
        sideways.setBlockIncrement(visible * 0.8);
        sideways.setValue(Math.min(sideways.getValue(), overflow));
        showSideways(true);
    }

    private void showSideways(boolean show) {
        sideways.setVisible(show);
        sideways.setManaged(show);
    }

    private void scrollSidewaysByKey(KeyEvent event) {
        if (!sideways.isVisible() || event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return;
        }
        if (event.getCode() == KeyCode.LEFT) {
            sideways.decrement();
            event.consume();
        } else if (event.getCode() == KeyCode.RIGHT) {
            sideways.increment();
            event.consume();
        }
    }

    /** A sideways swipe, or the wheel with Shift held, moves the text instead of the rows. */
    private void scrollSidewaysByWheel(ScrollEvent event) {
        double delta = event.getDeltaX() != 0 ? event.getDeltaX() : event.isShiftDown() ? event.getDeltaY() : 0;
        if (!sideways.isVisible() || delta == 0) {
            return;
        }
        sideways.setValue(Math.max(0, Math.min(sideways.getMax(), sideways.getValue() - delta)));
        event.consume();
    }
}
