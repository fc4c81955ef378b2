package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.OutputViewHarness.fx;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.ui.common.BackgroundTasks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The compare view in a shown stage: three hosts, one of them the odd one out. */
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

    private static String listening(String state) {
        return IntStream.range(0, 300).mapToObj(i -> "tcp LISTEN 0 128 10.0.0." + i + ":8443")
                .collect(Collectors.joining("\n", "", "\n")) + "mcp-gateway " + state + "\n";
    }

    private String label(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    /** Style classes of the cells on screen whose text contains {@code text}. */
    private List<List<String>> cellClasses(String listId, String text) throws Exception {
        return fx(() -> robot.from(robot.lookup(listId).queryAs(ListView.class)).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getText() != null && cell.getText().contains(text))
                .map(cell -> List.copyOf(cell.getStyleClass())).toList());
    }

    @Test
    void theHostThatDiffersIsFlaggedAndItsDifferingLineHighlighted() throws Exception {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("web-1", listening("active"));
        outputs.put("web-2.prod", listening("failed (exit 137)"));
        outputs.put("web-3", listening("active"));

        fx(() -> {
            view.show(outputs);
            return null;
        });
        waitUntil(10, () -> robot.lookup("#compare-column-web-2_prod").tryQuery().isPresent());

        assertThat(label("#compare-summary")).isEqualTo("web-2.prod differs from the majority.");
        assertThat(fx(() -> robot.lookup("#compare-header-web-2_prod").query().getStyleClass())).contains("compare-outlier");
        assertThat(fx(() -> robot.lookup("#compare-header-web-1").query().getStyleClass())).doesNotContain("compare-outlier");
        assertThat(label("#compare-verdict-web-2_prod")).isEqualTo("differs from all 2 other hosts \u00b7 1 line differs");
        assertThat(label("#compare-verdict-web-1")).isEqualTo("differs from 1 of 2 other hosts");
        assertThat(fx(() -> robot.lookup("#compare-loading").query().isVisible())).isFalse();

        for (String list : List.of("#compare-list-web-1", "#compare-list-web-2_prod")) {
            fx(() -> {
                robot.lookup(list).queryAs(ListView.class).scrollTo(300);
                return null;
            });
        }
        waitUntil(5, () -> !cellClasses("#compare-list-web-2_prod", "mcp-gateway").isEmpty());
        assertThat(cellClasses("#compare-list-web-2_prod", "mcp-gateway failed")).hasSize(1)
                .allMatch(classes -> classes.contains("compare-differs"));
        assertThat(cellClasses("#compare-list-web-2_prod", "10.0.0.299")).allMatch(classes -> !classes.contains("compare-differs"));
        waitUntil(5, () -> !cellClasses("#compare-list-web-1", "mcp-gateway").isEmpty());
        assertThat(cellClasses("#compare-list-web-1", "mcp-gateway active")).allMatch(classes -> !classes.contains("compare-differs"));
    }

    @Test
    void aNewerComparisonReplacesTheOldOne() throws Exception {
        fx(() -> {
            view.show(Map.of("a", "x\n", "b", "y\n"));
            view.show(new LinkedHashMap<>(Map.of("only", "x\n")));
            return null;
        });
        waitUntil(10, () -> robot.lookup("#compare-column-only").tryQuery().isPresent());
        assertThat(label("#compare-summary")).isEqualTo("Only one host: nothing to compare.");
        assertThat(fx(() -> robot.lookup("#compare-columns").queryAs(javafx.scene.control.SplitPane.class).getItems())).hasSize(1);
        assertThat(view.comparison()).hasValueSatisfying(c -> assertThat(c.columns()).hasSize(1));
    }
}
