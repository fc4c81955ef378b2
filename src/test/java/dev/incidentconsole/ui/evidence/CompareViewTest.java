package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.OutputViewHarness.fx;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.Shortcuts;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The compare view in a shown stage: hosts side by side, rows aligned, differences one key apart. */
class CompareViewTest {

    private final FxRobot robot = new FxRobot();
    private ExecutorService executor;
    private CompareView view;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showView() throws Exception {
        executor = Executors.newSingleThreadExecutor();
        view = OutputViewHarness.show(() -> new CompareView(new BackgroundTasks(executor)), 1200, 600);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdownNow();
    }

    private static String output(int lines, IntFunction<String> line) {
        return IntStream.range(0, lines).mapToObj(line).collect(Collectors.joining("\n", "", "\n"));
    }

    private void compare(Map<String, String> outputs) throws Exception {
        OutputComparison before = fx(() -> view.comparison().orElse(null));
        fx(() -> {
            view.show(outputs);
            return null;
        });
        waitUntil(30, () -> view.comparison().orElse(null) != before
                && !robot.lookup("#compare-loading").query().isVisible());
        // The table makes its column headers on the next layout, not when the columns are set.
        waitUntil(5, () -> robot.lookup(".compare-header").queryAll().size() == outputs.size());
    }

    private String label(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private TableView<CompareRow> table() {
        return robot.lookup("#compare-grid").queryAs(TableView.class);
    }

    private int selectedRow() throws Exception {
        return fx(() -> table().getSelectionModel().getSelectedIndex());
    }

    /** The cells on screen with a row, keyed "row/column id", as drawn. */
    private Map<String, String> drawnCells() throws Exception {
        return fx(() -> robot.from(table()).lookup(".compare-cell").queryAllAs(CompareCell.class).stream()
                .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getTableRow() != null && cell.getIndex() >= 0)
                .collect(Collectors.toMap(cell -> cell.getIndex() + "/" + cell.getTableColumn().getId(), CompareCell::shownText,
                        (a, b) -> a)));
    }

    private List<Integer> drawnRows(Map<String, String> cells) {
        return cells.keySet().stream().map(key -> Integer.parseInt(key.substring(0, key.indexOf('/')))).distinct()
                .sorted().toList();
    }

    /** Web-2 printed one extra line near the top and, further down, a different state than web-1 and web-3. */
    private static Map<String, String> insertedAndChanged() {
        IntFunction<String> healthy = i -> i == 30 ? "mcp-gateway active" : "worker " + i + " ready";
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("web-1", output(40, healthy));
        outputs.put("web-2.prod", output(41, i -> i < 5 ? healthy.apply(i) : i == 5 ? "OOM killer invoked"
                : i == 31 ? "mcp-gateway failed (exit 137)" : healthy.apply(i - 1)));
        outputs.put("web-3", output(40, healthy));
        return outputs;
    }

    @Test
    void rowsLineUpAfterAnInsertedLineAndF7StepsThroughTheDifferences() throws Exception {
        compare(insertedAndChanged());

        assertThat(label("#compare-summary")).isEqualTo("web-2.prod differs from the majority.");
        assertThat(fx(() -> robot.lookup("#compare-header-web-2_prod").query().getStyleClass())).contains("compare-outlier");
        assertThat(fx(() -> robot.lookup("#compare-header-web-1").query().getStyleClass())).doesNotContain("compare-outlier");
        assertThat(label("#compare-verdict-web-2_prod")).isEqualTo("differs from all 2 other hosts \u00b7 2 lines differ");
        assertThat(label("#compare-verdict-web-1")).isEqualTo("same as 1 of 2 other hosts");
        assertThat(label("#compare-position")).isEqualTo("2 differences");

        Map<String, String> top = drawnCells();
        assertThat(top.get("5/compare-column-web-2_prod")).isEqualTo("OOM killer invoked");
        assertThat(top.get("5/compare-column-web-1")).isEmpty();
        for (int row = 6; row <= 20; row++) {
            String expected = "worker " + (row - 1) + " ready";
            assertThat(List.of(top.get(row + "/compare-column-web-1"), top.get(row + "/compare-column-web-2_prod"),
                    top.get(row + "/compare-column-web-3"))).as("row %d", row).containsOnly(expected);
        }

        fx(() -> {
            table().requestFocus();
            return null;
        });
        jump(Shortcuts.NEXT_DIFFERENCE, 5, "difference 1 of 2");
        jump(Shortcuts.NEXT_DIFFERENCE, 31, "difference 2 of 2");
        waitUntil(5, () -> drawnCells().containsKey("31/compare-column-web-1"));
        Map<String, String> below = drawnCells();
        assertThat(below.get("31/compare-column-web-2_prod")).isEqualTo("mcp-gateway failed (exit 137)");
        assertThat(below.get("31/compare-column-web-3")).isEqualTo("mcp-gateway active");
        assertThat(drawnRows(below)).as("context above the difference").contains(28);

        jump(Shortcuts.PREVIOUS_DIFFERENCE, 5, "difference 1 of 2");
        jump(Shortcuts.PREVIOUS_DIFFERENCE, 31, "difference 2 of 2 \u00b7 wrapped to the last");
    }

    private void jump(KeyCombination keys, int expectedRow, String expectedPosition) throws Exception {
        robot.push((KeyCodeCombination) keys);
        waitUntil(5, () -> table().getSelectionModel().getSelectedIndex() == expectedRow);
        assertThat(label("#compare-position")).isEqualTo(expectedPosition);
    }

    @Test
    void theButtonsJumpAndANewComparisonStartsFromItsFirstDifference() throws Exception {
        compare(insertedAndChanged());
        robot.clickOn("#compare-next");
        robot.clickOn("#compare-next");
        waitUntil(5, () -> table().getSelectionModel().getSelectedIndex() == 31);
        robot.clickOn("#compare-next");
        waitUntil(5, () -> table().getSelectionModel().getSelectedIndex() == 5);
        assertThat(label("#compare-position")).isEqualTo("difference 1 of 2 \u00b7 wrapped to the first");

        compare(Map.of("a", "x\ny\nz\n", "b", "x\ny\nQ\n"));
        assertThat(selectedRow()).isEqualTo(-1);
        robot.clickOn("#compare-next");
        waitUntil(5, () -> table().getSelectionModel().getSelectedIndex() == 2);
        assertThat(label("#compare-position")).isEqualTo("difference 1 of 1");
    }

    @Test
    void oneHostOrNoOutputShowTheSummaryAndNothingToJumpTo() throws Exception {
        compare(new LinkedHashMap<>(Map.of("only", "x\n")));
        assertThat(label("#compare-summary")).isEqualTo("Only one host: nothing to compare.");
        assertThat(fx(() -> robot.lookup("#compare-header-only").tryQuery().isPresent())).isTrue();
        assertThat(label("#compare-position")).isEqualTo("no differences");
        assertThat(fx(() -> robot.lookup("#compare-next").queryAs(Button.class).isDisabled())).isTrue();
        fx(() -> {
            table().requestFocus();
            return null;
        });
        robot.push((KeyCodeCombination) Shortcuts.NEXT_DIFFERENCE);
        assertThat(selectedRow()).isEqualTo(-1);

        compare(Map.of());
        assertThat(label("#compare-summary")).isEqualTo("No output to compare.");
        assertThat(fx(() -> table().getColumns())).isEmpty();
        assertThat(fx(() -> robot.lookup("#compare-problem").query().isVisible())).isFalse();
    }

    @Test
    void longLinesScrollSidewaysInEveryColumnTogether() throws Exception {
        String tail = "x".repeat(400) + " END";
        compare(Map.of("a", "short\n" + tail + "\n", "b", "short\n" + tail + " but different\n"));
        ScrollBar sideways = robot.lookup("#compare-hscroll").queryAs(ScrollBar.class);
        assertThat(fx(sideways::isVisible)).isTrue();

        fx(() -> {
            sideways.setValue(sideways.getMax());
            return null;
        });
        waitUntil(5, () -> {
            List<Text> texts = robot.from(table()).lookup(".compare-cell").queryAllAs(CompareCell.class).stream()
                    .filter(cell -> cell.getIndex() == 1 && !cell.isEmpty())
                    .sorted(Comparator.comparing(cell -> cell.getTableColumn().getId()))
                    .map(cell -> (Text) cell.lookup(".compare-text")).toList();
            if (texts.size() != 2) {
                return false;
            }
            Node cell = texts.get(0).getParent();
            // The end of the longer line is now inside the cell, and both columns moved by the same amount.
            double end = texts.get(1).getBoundsInParent().getMaxX();
            return texts.get(0).getLayoutX() == texts.get(1).getLayoutX() && texts.get(0).getLayoutX() < 0
                    && end <= cell.getLayoutBounds().getWidth() && end > 0;
        });
    }

    @Test
    void tenThousandRowsOnEightHostsStayVirtualized() throws Exception {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (int host = 0; host < 8; host++) {
            int odd = host;
            outputs.put("node-" + host, output(10_000, i -> i == 9_000 && odd == 5 ? "disk full" : "block " + i + " verified"));
        }
        compare(outputs);
        assertThat(fx(() -> table().getItems().size())).isEqualTo(10_000);
        assertThat(fx(() -> robot.from(table()).lookup(".table-row-cell").queryAll().size())).isLessThan(100);

        fx(() -> {
            view.nextDifference();
            return null;
        });
        waitUntil(5, () -> drawnCells().containsKey("9000/compare-column-node-5"));
        assertThat(drawnCells().get("9000/compare-column-node-5")).isEqualTo("disk full");
        assertThat(label("#compare-verdict-node-5")).isEqualTo("differs from all 7 other hosts \u00b7 1 line differs");
    }
}
