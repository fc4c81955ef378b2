package dev.incidentconsole.ui.evidence;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.ProblemText;
import dev.incidentconsole.ui.common.Shortcuts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * One step's output on several hosts side by side: rows aligned across hosts, so the same row is the same place
 * in every output; the cells that differ from the majority highlighted, outlier hosts flagged in their header,
 * and a jump to the next or previous difference (F7, Shift+F7). The comparison runs in the background; the grid
 * appears when it is done.
 */
public final class CompareView extends VBox {

    private final BackgroundTasks tasks;
    private final Label summary = new Label();
    private final Button previous = new Button("Previous difference", Icons.icon(MaterialDesignA.ARROW_UP));
    private final Button next = new Button("Next difference", Icons.icon(MaterialDesignA.ARROW_DOWN));
    private final Label position = new Label();
    private final CompareGridView grid = new CompareGridView();
    private final VBox loading;
    private final Label problem = new Label();
    private DifferenceJumps jumps = new DifferenceJumps(List.of());
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
        StackPane body = new StackPane(grid, loading, problem);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(summary, toolbar(), body);
        addEventFilter(KeyEvent.KEY_PRESSED, this::jumpByKey);
        grid.selectedRowProperty().addListener((obs, was, row) -> position.setText(jumps.describe(row.intValue(), false)));
        showJumps();
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

    /** Selects the first row of the next difference below the selected row, wrapping to the first one. */
    public void nextDifference() {
        jumps.next(grid.selectedRowProperty().get()).ifPresent(this::land);
    }

    /** Selects the first row of the previous difference above the selected row, wrapping to the last one. */
    public void previousDifference() {
        jumps.previous(grid.selectedRowProperty().get()).ifPresent(this::land);
    }

    private HBox toolbar() {
        previous.setId("compare-previous");
        previous.setTooltip(new Tooltip(Shortcuts.hint("Previous difference", Shortcuts.PREVIOUS_DIFFERENCE)));
        previous.setOnAction(event -> previousDifference());
        next.setId("compare-next");
        next.setTooltip(new Tooltip(Shortcuts.hint("Next difference", Shortcuts.NEXT_DIFFERENCE)));
        next.setOnAction(event -> nextDifference());
        position.setId("compare-position");
        position.getStyleClass().add("compare-position");
        HBox toolbar = new HBox(6, previous, next, position);
        toolbar.setId("compare-toolbar");
        toolbar.getStyleClass().add("compare-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        return toolbar;
    }

    private void render(OutputComparison comparison) {
        shown = comparison;
        loading.setVisible(false);
        summary.setText(comparison.summary());
        summary.getStyleClass().remove(Styles.DANGER);
        if (!comparison.outliers().isEmpty()) {
            summary.getStyleClass().add(Styles.DANGER);
        }
        jumps = new DifferenceJumps(comparison.grid().differences());
        grid.show(comparison);
        showJumps();
    }

    private void showJumps() {
        previous.setDisable(jumps.count() == 0);
        next.setDisable(jumps.count() == 0);
        position.setText(jumps.describe(grid.selectedRowProperty().get(), false));
    }

    private void land(DifferenceJumps.Jump jump) {
        grid.reveal(jump.row());
        position.setText(jumps.describe(jump.row(), jump.wrapped()));
    }

    private void jumpByKey(KeyEvent event) {
        if (Shortcuts.PREVIOUS_DIFFERENCE.match(event)) {
            previousDifference();
            event.consume();
        } else if (Shortcuts.NEXT_DIFFERENCE.match(event)) {
            nextDifference();
            event.consume();
        }
    }
}
