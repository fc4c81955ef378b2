package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.OutputViewHarness.fx;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.list;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.rows;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.visibleCells;
import static dev.incidentconsole.ui.evidence.OutputViewHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.OutputSink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Live output views in a shown stage, fed by worker threads the way the SSH transport feeds them. */
class OutputViewTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeStages() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static List<OutputScript.Expected> shown(List<OutputLine> rows) {
        return rows.stream().map(r -> new OutputScript.Expected(r.stderr(), r.text(), r.cut())).toList();
    }

    private static <T> List<T> tail(List<T> all, int count) {
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    /** Compares line by line, so a failure names the first row that differs instead of printing megabytes. */
    private static void assertSameLines(List<OutputScript.Expected> actual, List<OutputScript.Expected> expected, String what) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as("%s, row %d of %d", what, i, expected.size()).isEqualTo(expected.get(i));
        }
        assertThat(actual.size()).as("%s, rows", what).isEqualTo(expected.size());
    }

    private String text(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void threeThreadsStreamMegabytesInRandomChunksAndEachViewShowsTheTailOfWhatWasSent() throws Exception {
        int maxLines = 3_000;
        List<OutputView> views = OutputViewHarness.show(() -> {
            List<OutputView> built = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                OutputView view = new OutputView(() -> { }, maxLines, 300);
                view.setId("output-host-" + i);
                HBox.setHgrow(view, Priority.ALWAYS);
                built.add(view);
            }
            return new HBox(built.toArray(OutputView[]::new));
        }, 1260, 700).getChildren().stream().map(OutputView.class::cast).toList();
        List<OutputScript> scripts = List.of(new OutputScript(1, 1_500_000, 300), new OutputScript(2, 1_200_000, 300),
                new OutputScript(3, 1_800_000, 300));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            OutputView view = views.get(i);
            OutputScript script = scripts.get(i);
            threads.add(new Thread(() -> {
                script.sendTo(view.sink());
                view.finished("exited 0 in 2.000 s", true);
            }, "feeder-" + i));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        for (int i = 0; i < 3; i++) {
            OutputView view = views.get(i);
            List<OutputScript.Expected> expected = scripts.get(i).expected();
            assertThat(scripts.get(i).chunkCount()).isGreaterThan(300);
            assertThat(expected.size()).isGreaterThan(maxLines);
            OutputViewHarness.waitUntil(20, () -> list(view).getItems().size() == maxLines
                    && shown(List.of(list(view).getItems().get(maxLines - 1))).equals(tail(expected, 1)));

            List<OutputLine> rows = rows(view);
            assertSameLines(shown(rows), tail(expected, maxLines), "view " + i);
            assertThat(rows).noneMatch(OutputLine::unfinished);
            assertThat(rows).anyMatch(OutputLine::cut);
            int hidden = expected.size() - maxLines;
            String in = "#output-host-" + i + " ";
            assertThat(text(in + "#output-hidden-lines"))
                    .isEqualTo(CountText.number(hidden) + " earlier lines are in the evidence store.");
            assertThat(text(in + "#output-counts")).startsWith(CountText.number(expected.size()) + " lines");
            assertThat(text(in + "#output-status")).isEqualTo("exited 0 in 2.000 s");
            assertThat(fx(() -> robot.lookup(in + "#output-status").query().getStyleClass()))
                    .contains("output-status-ok");

            waitUntil(5, () -> lastVisibleIndex(view) == maxLines - 1);
            List<OutputCell> cells = visibleCells(robot, view);
            assertThat(cells).anyMatch(cell -> cell.getItem().stderr());
            for (OutputCell cell : cells) {
                boolean stderr = cell.getItem().stderr();
                assertThat(cell.getPseudoClassStates().contains(OutputCell.STDERR)).as("row %d styled as stderr", cell.getIndex()).isEqualTo(stderr);
                String gutter = fx(() -> ((javafx.scene.text.Text) cell.lookup(".output-gutter")).getText());
                assertThat(gutter).isEqualTo(stderr ? "err" : "");
                assertThat(fx(() -> cell.lookup(".line-cut-mark") != null)).isEqualTo(cell.getItem().cut());
            }
        }
    }

    @Test
    void stdoutAndStderrWrittenAtOnceByTwoThreadsKeepEachStreamsOrder() throws Exception {
        OutputView view = OutputViewHarness.show(() -> new OutputView(() -> { }, 100_000, 500), 900, 600);
        OutputScript script = new OutputScript(7, 800_000, 500);
        Thread out = new Thread(() -> script.sendStream(view.sink(), false));
        Thread err = new Thread(() -> script.sendStream(view.sink(), true));
        out.start();
        err.start();
        out.join();
        err.join();
        view.finished("exited 1", false);
        List<OutputScript.Expected> expected = script.expected();
        waitUntil(20, () -> list(view).getItems().size() == expected.size());

        List<OutputLine> rows = rows(view);
        assertSameLines(shown(rows).stream().filter(OutputScript.Expected::stderr).toList(),
                expected.stream().filter(OutputScript.Expected::stderr).toList(), "stderr");
        assertSameLines(shown(rows).stream().filter(e -> !e.stderr()).toList(),
                expected.stream().filter(e -> !e.stderr()).toList(), "stdout");
        assertThat(rows).extracting(OutputLine::ordinal).isSorted().doesNotHaveDuplicates();
        assertThat(fx(() -> robot.lookup("#output-hidden-banner").query().isVisible())).isFalse();
        assertThat(fx(() -> robot.lookup("#output-status").query().getStyleClass())).contains("output-status-failed");
    }

    @Test
    void anUnfinishedLineShowsAtOnceAndBecomesALineWithItsNewline() throws Exception {
        OutputView view = OutputViewHarness.show(() -> new OutputView(() -> { }), 800, 400);
        send(view.sink(), OutputSink.Stream.STDOUT, "checking 3 hosts\nPassword for ana: ");
        send(view.sink(), OutputSink.Stream.STDERR, "warn");
        waitUntil(10, () -> list(view).getItems().size() == 3);
        assertThat(rows(view)).extracting(OutputLine::text, OutputLine::unfinished)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("checking 3 hosts", false),
                        org.assertj.core.groups.Tuple.tuple("Password for ana: ", true),
                        org.assertj.core.groups.Tuple.tuple("warn", true));
        assertThat(visibleCells(robot, view)).filteredOn(c -> c.getItem().unfinished())
                .allMatch(c -> c.getPseudoClassStates().contains(OutputCell.UNFINISHED));

        send(view.sink(), OutputSink.Stream.STDOUT, "(hidden)\ndone\n");
        view.finished("exited 0", true);
        waitUntil(10, () -> list(view).getItems().stream().noneMatch(OutputLine::unfinished) && list(view).getItems().size() == 4);
        assertThat(rows(view)).extracting(OutputLine::text)
                .containsExactly("checking 3 hosts", "Password for ana: (hidden)", "done", "warn");
    }

    @Test
    void openFullOutputCallsBackFromTheToolbarAndTheBanner() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        OutputView view = OutputViewHarness.show(() -> new OutputView(opened::incrementAndGet, 10, 100), 900, 400);
        send(view.sink(), OutputSink.Stream.STDOUT, "line\n".repeat(25));
        waitUntil(10, () -> robot.lookup("#output-hidden-banner").query().isVisible());
        assertThat(text("#output-hidden-lines")).isEqualTo("15 earlier lines are in the evidence store.");

        robot.clickOn("#output-open-full");
        robot.clickOn("#output-hidden-open");

        assertThat(opened).hasValue(2);
    }

    @Test
    void aLineWiderThanTheViewWidensItsRowSoTheListScrollsToItsEnd() throws Exception {
        OutputView view = OutputViewHarness.show(() -> new OutputView(() -> { }), 500, 300);
        send(view.sink(), OutputSink.Stream.STDOUT, "short\n".repeat(40));
        waitUntil(10, () -> list(view).getItems().size() == 40);
        // The visible rows are reused for the new lines: a row that held a short line now holds a long one.
        String wide = "x".repeat(400);
        send(view.sink(), OutputSink.Stream.STDOUT, (wide + "\n").repeat(40));
        waitUntil(10, () -> list(view).getItems().size() == 80 && visibleCells(robot, view).stream()
                .allMatch(cell -> cell.getItem().text().equals(wide)));
        WaitForAsyncUtils.waitForFxEvents();

        for (OutputCell cell : visibleCells(robot, view)) {
            Text text = fx(() -> (Text) cell.lookup(".output-text"));
            double textWidth = fx(() -> text.getLayoutBounds().getWidth());
            assertThat(textWidth).isGreaterThan(1_000);
            assertThat(fx(cell::getWidth)).as("the row's width").isGreaterThanOrEqualTo(textWidth);
            assertThat(fx(() -> text.getBoundsInParent().getMinX())).as("the text starts after the gutter").isGreaterThanOrEqualTo(30);
            assertThat(fx(() -> text.getBoundsInParent().getMaxY())).as("the text stays inside its row")
                    .isLessThanOrEqualTo(fx(() -> text.getParent().getLayoutBounds().getHeight()) + 0.5);
        }
        ScrollBar sideways = fx(() -> list(view).lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL).findFirst().orElseThrow());
        assertThat(fx(sideways::isVisible)).isTrue();
    }

    private int lastVisibleIndex(OutputView view) throws Exception {
        List<OutputCell> cells = visibleCells(robot, view);
        return cells.isEmpty() ? -1 : cells.get(cells.size() - 1).getIndex();
    }

    static void send(OutputSink sink, OutputSink.Stream stream, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sink.chunk(stream, bytes, 0, bytes.length, System.nanoTime());
    }
}
