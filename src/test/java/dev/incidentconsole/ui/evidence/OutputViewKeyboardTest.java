package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.OutputViewHarness.fx;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.list;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.rows;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.visibleCells;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.ui.common.Shortcuts;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A responder working a live output view from the keyboard: find, follow, copy. */
class OutputViewKeyboardTest {

    private final FxRobot robot = new FxRobot();
    private OutputView view;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showView() throws Exception {
        view = OutputViewHarness.show(() -> new OutputView(() -> { }), 1000, 600);
    }

    @AfterEach
    void closeStages() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** {@code count} lines; every tenth says a probe failed, the others that it passed. */
    private void sendProbeLines(int from, int count) throws Exception {
        String text = IntStream.range(from, from + count)
                .mapToObj(i -> i % 10 == 3 ? "probe " + i + " FAILED: connection refused" : "probe " + i + " ok")
                .collect(Collectors.joining("\n", "", "\n"));
        OutputViewTest.send(view.sink(), OutputSink.Stream.STDOUT, text);
        waitUntil(10, () -> list(view).getItems().size() == from + count);
    }

    private List<String> labelsWithClass(String styleClass) throws Exception {
        return fx(() -> visibleCells(robot, view).stream()
                .flatMap(cell -> robot.from(cell).lookup("." + styleClass).queryAllAs(Label.class).stream())
                .map(Label::getText).toList());
    }

    private String findCount() throws Exception {
        return fx(() -> robot.lookup("#output-find-count").queryAs(Label.class).getText());
    }

    @Test
    void ctrlFFindsCountsHighlightsAndStepsThroughMatches() throws Exception {
        sendProbeLines(0, 200);
        robot.clickOn("#output-list");
        robot.push((KeyCodeCombination) Shortcuts.FIND);
        waitUntil(5, () -> robot.lookup("#output-find-field").queryAs(TextField.class).isFocused());

        robot.write("failed");
        waitUntil(5, () -> "20 matches".equals(robot.lookup("#output-find-count").queryAs(Label.class).getText()));
        assertThat(labelsWithClass("find-match")).isNotEmpty().allMatch("FAILED"::equals);

        robot.push(KeyCode.ENTER);
        assertThat(findCount()).isEqualTo("1 of 20");
        waitUntil(5, () -> list(view).getSelectionModel().getSelectedIndex() == 3);
        assertThat(labelsWithClass("find-current")).containsExactly("FAILED");
        robot.push(KeyCode.ENTER);
        assertThat(findCount()).isEqualTo("2 of 20");
        assertThat(fx(() -> list(view).getSelectionModel().getSelectedIndex())).isEqualTo(13);
        robot.press(KeyCode.SHIFT).push(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).push(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(findCount()).as("wraps to the newest").isEqualTo("20 of 20");

        sendProbeLines(200, 10);
        waitUntil(5, () -> "20 of 21".equals(robot.lookup("#output-find-count").queryAs(Label.class).getText()));

        robot.push(KeyCode.ESCAPE);
        waitUntil(5, () -> !robot.lookup("#output-find-bar").query().isVisible());
        assertThat(labelsWithClass("find-match")).isEmpty();
        assertThat(fx(() -> list(view).isFocused())).isTrue();
    }

    @Test
    void scrollingAwayStopsFollowingAndEndResumesIt() throws Exception {
        sendProbeLines(0, 500);
        waitUntil(5, () -> visibleCells(robot, view).get(visibleCells(robot, view).size() - 1).getIndex() == 499);

        robot.clickOn("#output-list");
        robot.push(KeyCode.HOME);
        waitUntil(5, () -> visibleCells(robot, view).get(0).getIndex() == 0);
        assertThat(fx(() -> robot.lookup("#output-follow").queryAs(javafx.scene.control.ToggleButton.class).isSelected())).isFalse();

        sendProbeLines(500, 300);
        assertThat(visibleCells(robot, view).get(0).getIndex()).as("stays where the responder is reading").isEqualTo(0);

        robot.push(KeyCode.END);
        waitUntil(5, () -> visibleCells(robot, view).get(visibleCells(robot, view).size() - 1).getIndex() == 799);
        assertThat(fx(() -> robot.lookup("#output-follow").queryAs(javafx.scene.control.ToggleButton.class).isSelected())).isTrue();
        sendProbeLines(800, 100);
        waitUntil(5, () -> visibleCells(robot, view).get(visibleCells(robot, view).size() - 1).getIndex() == 899);
    }

    @Test
    void copiesTheSelectedLinesOrEveryLineShown() throws Exception {
        sendProbeLines(0, 30);
        OutputViewTest.send(view.sink(), OutputSink.Stream.STDERR, "disk quota exceeded\n");
        waitUntil(5, () -> list(view).getItems().size() == 31);

        robot.clickOn("#output-list");
        fx(() -> {
            list(view).getSelectionModel().clearSelection();
            list(view).getSelectionModel().selectIndices(5, 3, 4);
            return null;
        });
        robot.push(new KeyCodeCombination(KeyCode.C, KeyCodeCombination.SHORTCUT_DOWN));
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("probe 3 FAILED: connection refused\nprobe 4 ok\nprobe 5 ok\n");

        robot.push(new KeyCodeCombination(KeyCode.C, KeyCodeCombination.SHORTCUT_DOWN, KeyCodeCombination.SHIFT_DOWN));
        String all = fx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(all.split("\n")).hasSize(31).startsWith("probe 0 ok").endsWith("disk quota exceeded");
        assertThat(all).isEqualTo(rows(view).stream().map(OutputLine::text).collect(Collectors.joining("\n", "", "\n")));
    }
}
