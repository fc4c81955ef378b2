package dev.incidentconsole.ui.evidence;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.ProblemText;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * One step's output on several hosts side by side, one column per host, with the lines that differ from the
 * majority highlighted and outlier hosts flagged in their header. The comparison runs in the background; the
 * columns appear when it is done.
 */
public final class CompareView extends VBox {

    private final BackgroundTasks tasks;
    private final Label summary = new Label();
    private final SplitPane columns = new SplitPane();
    private final VBox loading;
    private final Label problem = new Label();
    private OutputComparison shown;
    private long generation;

    public CompareView(BackgroundTasks tasks) {
        this.tasks = tasks;
        setId("compare-view");
        getStyleClass().add("compare-view");
        getStylesheets().add(CompareView.class.getResource("output.css").toExternalForm());
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        summary.setWrapText(true);
        columns.setId("compare-columns");
        problem.setId("compare-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.setVisible(false);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(40, 40);
        Label comparing = new Label("Comparing\u2026");
        comparing.getStyleClass().add(Styles.TEXT_MUTED);
        loading = new VBox(8, progress, comparing);
        loading.setId("compare-loading");
        loading.setAlignment(Pos.CENTER);
        loading.setVisible(false);
        StackPane body = new StackPane(columns, loading, problem);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(summary, body);
    }

    /**
     * Compares {@code outputs} (host alias to text, in column order) in the background and shows the result.
     * A later call wins over one still running. Call on the FX thread.
     */
    public void show(Map<String, String> outputs) {
        long mine = ++generation;
        Map<String, String> copy = new LinkedHashMap<>(outputs);
        loading.setVisible(true);
        problem.setVisible(false);
        summary.setText("Comparing the output of " + copy.size() + (copy.size() == 1 ? " host" : " hosts") + "\u2026");
        tasks.run("Comparing output", () -> OutputComparison.of(copy), comparison -> {
            if (mine == generation) {
                render(comparison);
            }
        }, failure -> {
            if (mine == generation) {
                loading.setVisible(false);
                problem.setText("Could not compare the output: " + ProblemText.describe(failure));
                problem.setVisible(true);
            }
        });
    }

    /** The comparison on screen, once one is. */
    public Optional<OutputComparison> comparison() {
        return Optional.ofNullable(shown);
    }

    private void render(OutputComparison comparison) {
        shown = comparison;
        loading.setVisible(false);
        summary.setText(comparison.summary());
        summary.getStyleClass().remove(Styles.DANGER);
        if (!comparison.outliers().isEmpty()) {
            summary.getStyleClass().add(Styles.DANGER);
        }
        columns.getItems().clear();
        comparison.columns().forEach(column -> columns.getItems().add(column(column)));
    }

    private VBox column(OutputComparison.HostColumn column) {
        String id = HostOutputTabs.idOf(column.host());
        Label host = new Label(column.host());
        host.getStyleClass().add("compare-host");
        Label verdict = new Label(column.verdict() + lineNote(column));
        verdict.setId("compare-verdict-" + id);
        verdict.getStyleClass().add("compare-verdict");
        HBox header = new HBox(host, verdict);
        header.setId("compare-header-" + id);
        header.getStyleClass().add("compare-header");
        header.setAlignment(Pos.CENTER_LEFT);
        if (column.outlier()) {
            header.getStyleClass().add("compare-outlier");
            header.getChildren().add(0, Icons.icon(MaterialDesignA.ALERT_OUTLINE, "compare-outlier-icon"));
        }
        ListView<OutputComparison.Row> rows = new ListView<>();
        rows.setId("compare-list-" + id);
        rows.getStyleClass().add("compare-list");
        rows.setCellFactory(view -> new RowCell());
        rows.getItems().setAll(column.rows());
        Label empty = new Label("No output.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        rows.setPlaceholder(empty);
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox box = new VBox(header, rows);
        box.setId("compare-column-" + id);
        box.getStyleClass().add("compare-column");
        return box;
    }

    private static String lineNote(OutputComparison.HostColumn column) {
        String note = column.differingLines() == 0 ? ""
                : " \u00b7 " + CountText.number(column.differingLines())
                        + (column.differingLines() == 1 ? " line differs" : " lines differ");
        return column.truncated() ? note + " \u00b7 first " + CountText.number(OutputComparison.MAX_LINES) + " lines" : note;
    }

    /** A compared line with its number; the row's kind becomes a style class. */
    private static final class RowCell extends ListCell<OutputComparison.Row> {
        @Override
        protected void updateItem(OutputComparison.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("compare-differs", "compare-missing");
            if (empty || row == null) {
                setText(null);
                return;
            }
            switch (row.kind()) {
                case DIFFERS -> getStyleClass().add("compare-differs");
                case MISSING -> getStyleClass().add("compare-missing");
                default -> { }
            }
            setText(row.kind() == OutputComparison.RowKind.MISSING ? row.text()
                    : String.format(Locale.ROOT, "%5d  %s", row.lineNumber(), row.text()));
        }
    }
}
