package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.TimelineEvidence.assertSeqs;
import static dev.incidentconsole.ui.evidence.TimelineEvidence.fx;
import static dev.incidentconsole.ui.evidence.TimelineEvidence.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The timeline of a real incident in a real H2 store, in a real stage. */
class TimelinePaneTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final AtomicReference<String> offeredName = new AtomicReference<>();
    private TimelineEvidence evidence;
    private TimelinePane pane;

    @BeforeEach
    void showTimeline() throws Exception {
        evidence = TimelineEvidence.create(dir);
        Path saveTo = dir.resolve("saved-output.bin");
        TimelineEvidence.showInStage(() -> pane = new TimelinePane(evidence.store(), evidence.incidentId(),
                evidence.tasks(), ZoneId.of("Europe/Berlin"), (chooser, owner) -> {
                    offeredName.set(chooser.getInitialFileName());
                    return saveTo.toFile();
                }));
        waitUntil(() -> pane.entries().size() == 6);
    }

    @AfterEach
    void close() throws Exception {
        evidence.close();
    }

    @Test
    void listsEveryEntryInChainOrderWithItsColumns() throws Exception {
        assertSeqs(fx(() -> pane.shownEntries()), 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(label("#timeline-count")).isEqualTo("6 entries");

        Map<String, TableCell<?, ?>> failed = fx(() -> cells(1));
        assertThat(text(failed, "seq")).isEqualTo("2");
        assertThat(text(failed, "time")).isEqualTo("2026-11-21 03:01:10");
        assertThat(fx(() -> failed.get("col-time").getTooltip().getText()))
                .contains("2026-11-21 03:01:10.123 UTC", "2026-11-21 04:01:10.123 CET");
        assertThat(text(failed, "kind")).isEqualTo("command");
        assertThat(text(failed, "host")).isEqualTo("web1");
        assertThat(text(failed, "step")).isEqualTo("check-service");
        assertThat(text(failed, "operator")).isEqualTo("Ada Responder");
        assertThat(text(failed, "summary")).isEqualTo("systemctl status mcp-gateway");
        assertThat(text(failed, "exit")).isEqualTo("exit 3");
        assertThat(failed.get("col-exit").getStyleClass()).contains("exit-failed");
        assertThat(text(failed, "output")).isEqualTo("60 B / 25 B");

        Map<String, TableCell<?, ?>> succeeded = fx(() -> cells(2));
        assertThat(text(succeeded, "exit")).isEqualTo("exit 0");
        assertThat(succeeded.get("col-exit").getStyleClass()).contains("exit-ok").doesNotContain("exit-failed");

        Map<String, TableCell<?, ?>> cancelled = fx(() -> cells(4));
        assertThat(text(cancelled, "capture")).isEqualTo("cancelled");
        assertThat(cancelled.get("col-capture").getStyleClass()).contains("capture-incomplete");
        assertThat(text(cancelled, "exit")).as("no exit status; the capture column says why").isEqualTo("\u2014");

        assertThat(text(fx(() -> cells(3)), "summary")).isEqualTo(TimelineEvidence.NOTE);
        assertThat(text(fx(() -> cells(5)), "summary")).isEqualTo(TimelineEvidence.ESCALATION);
        assertThat(fx(() -> row(3).getPseudoClassStates())).contains(PseudoClass.getPseudoClass("note"));
        assertThat(fx(() -> row(5).getPseudoClassStates())).contains(PseudoClass.getPseudoClass("escalation"));
        assertThat(fx(() -> row(1).getPseudoClassStates())).doesNotContain(PseudoClass.getPseudoClass("note"));
    }

    @Test
    void filtersReduceTheListAndClearingBringsEverythingBack() throws Exception {
        choose("#filter-host", "web2");
        waitUntil(() -> pane.shownEntries().size() == 1);
        assertSeqs(fx(() -> pane.shownEntries()), 3L);
        assertThat(label("#timeline-count")).isEqualTo("1 of 6 entries");

        choose("#filter-host", "");
        fx(() -> {
            comboBox("#filter-exit").setValue(TimelineExitFilter.FAILED);
            return null;
        });
        waitUntil(() -> pane.shownEntries().size() == 2);
        assertSeqs(fx(() -> pane.shownEntries()), 2L, 5L);

        choose("#filter-step", "read-logs");
        assertSeqs(fx(() -> pane.shownEntries()), 5L);

        robot.clickOn("#filter-clear");
        choose("#filter-kind", EntryKind.NOTE.name());
        assertSeqs(fx(() -> pane.shownEntries()), 4L);

        robot.clickOn("#filter-clear");
        robot.clickOn("#filter-text").write("JOURNALC");
        waitUntil(() -> pane.shownEntries().size() == 1);
        assertSeqs(fx(() -> pane.shownEntries()), 5L);

        robot.write(" zz");
        waitUntil(() -> pane.shownEntries().isEmpty());
        assertThat(fx(() -> robot.lookup("#timeline-placeholder").queryAs(Label.class).getText()))
                .isEqualTo("No entry matches the filters.");

        robot.clickOn("#filter-clear");
        waitUntil(() -> pane.shownEntries().size() == 6);
    }

    @Test
    void selectingAnEntryShowsItsFieldsHashesAndTheHeadOfItsOutput() throws Exception {
        assertThat(fx(() -> pane.detail().getParent() != null && pane.detail().isVisible() && pane.detail().getScene() != null))
                .as("no room is taken for details before an entry is chosen").isFalse();
        robot.clickOn(fx(() -> cells(1).get("col-summary")));
        EvidenceEntry failed = evidence.entry(2);
        waitUntil(() -> failed.equals(pane.detail().entry()));
        assertThat(value("#detail-entry-hash")).isEqualTo(failed.entryHash());
        assertThat(value("#detail-previous-hash")).isEqualTo(evidence.entry(1).entryHash());
        assertThat(value("#detail-command")).isEqualTo("systemctl status mcp-gateway");
        assertThat(value("#detail-parameters")).isEqualTo("SERVICE=mcp-gateway");
        assertThat(value("#detail-fingerprint")).isEqualTo("SHA256:web1hostkeyfingerprint0123456789abcdefghijk");
        assertThat(value("#detail-clock-offset")).isEqualTo("+15 ms (remote clock ahead)");
        assertThat(value("#detail-host")).isEqualTo("web1 (web1.example.org)");
        assertThat(value("#detail-stdout-sha256")).startsWith(failed.stdoutSha256());

        waitUntil(() -> value("#detail-stdout-text").equals(TimelineEvidence.FAILED_STDOUT));
        assertThat(label("#detail-stdout-caption")).isEqualTo("all 60 bytes");
        waitUntil(() -> value("#detail-stderr-text").equals(TimelineEvidence.FAILED_STDERR));

        fx(() -> {
            pane.select(5);
            return null;
        });
        EvidenceEntry cancelled = evidence.entry(5);
        waitUntil(() -> label("#detail-stdout-caption").startsWith("showing"));
        assertThat(label("#detail-stdout-caption")).isEqualTo("showing first 262,144 of "
                + TimelineText.count(cancelled.stdoutLength()) + " bytes");
        String head = value("#detail-stdout-text");
        assertThat(head).startsWith("oomkiller chose the gateway worker\n").hasSize(EntryDetailHead.LIMIT);
        assertThat(value("#detail-completeness")).isEqualTo("cancelled");
        assertThat(value("#detail-clock-offset")).isEqualTo("-250 ms (remote clock behind)");
        assertThat(value("#detail-text")).isEqualTo("cancelled by the responder");

        fx(() -> {
            pane.select(4);
            return null;
        });
        waitUntil(() -> value("#detail-text").equals(TimelineEvidence.NOTE));
        assertThat(robot.lookup("#detail-command").tryQuery()).isEmpty();
    }

    @Test
    void saveOutputAsWritesTheWholeStoredOutputToTheChosenFile() throws Exception {
        fx(() -> {
            pane.select(5);
            pane.detail().showOutputTab(OutputStreamKind.STDOUT);
            return null;
        });
        waitUntil(() -> label("#detail-stdout-caption").startsWith("showing"));
        robot.clickOn("#detail-stdout-save");
        waitUntil(() -> label("#detail-stdout-message").startsWith("Saved"));

        Path saved = dir.resolve("saved-output.bin");
        assertThat(Files.readAllBytes(saved)).isEqualTo(evidence.longOutput());
        assertThat(offeredName.get()).isEqualTo("5-stdout.bin");
        assertThat(label("#detail-stdout-message")).isEqualTo("Saved " + TimelineText.count(evidence.longOutput().length)
                + " bytes of stdout (entry #5) to " + saved + "; SHA-256 matches the evidence.");
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void entriesAppendedFromOtherThreadsArriveInChainOrderAndKeepTheSelection() throws Exception {
        fx(() -> {
            pane.select(2);
            return null;
        });
        List<EvidenceEntry> later = LongStream.range(0, 30)
                .mapToObj(i -> evidence.note("note number " + i, 100 + i)).toList();
        Thread sender = new Thread(() -> {
            for (int i = later.size() - 1; i >= 0; i--) {
                pane.append(later.get(i));
            }
            pane.append(later.get(0));
        });
        sender.start();
        sender.join();
        waitUntil(() -> pane.entries().size() == 36);
        assertSeqs(fx(() -> pane.entries()), LongStream.rangeClosed(1, 36).boxed().toArray(Long[]::new));
        assertThat(fx(() -> pane.selectedEntryProperty().get().seq())).isEqualTo(2L);

        fx(() -> {
            pane.refresh();
            return null;
        });
        waitUntil(() -> pane.entries().size() == 36 && pane.selectedEntryProperty().get() != null);
        assertThat(fx(() -> pane.selectedEntryProperty().get().seq())).isEqualTo(2L);
    }

    @Test
    void selectingAnEntryHiddenByTheFiltersClearsThem() throws Exception {
        choose("#filter-host", "web2");
        waitUntil(() -> pane.shownEntries().size() == 1);
        fx(() -> {
            pane.select(6);
            return null;
        });
        waitUntil(() -> pane.shownEntries().size() == 6);
        assertThat(fx(() -> pane.selectedEntryProperty().get().seq())).isEqualTo(6L);
    }

    private void choose(String query, String value) throws Exception {
        fx(() -> {
            ComboBox<String> box = robot.lookup(query).queryComboBox();
            box.setValue(value);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String query) {
        return (ComboBox<T>) robot.lookup(query).queryComboBox();
    }

    private TableRow<?> row(int index) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getIndex() == index).findFirst().orElseThrow();
    }

    /** The visible cells of one table row by column id. */
    private Map<String, TableCell<?, ?>> cells(int index) {
        Map<String, TableCell<?, ?>> cells = new HashMap<>();
        for (Node node : robot.lookup(".table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) node;
            if (cell.getIndex() == index && cell.getTableColumn() != null) {
                cells.put(cell.getTableColumn().getId(), cell);
            }
        }
        return cells;
    }

    private static String text(Map<String, TableCell<?, ?>> cells, String column) throws Exception {
        return fx(() -> cells.get("col-" + column).getText());
    }

    /** The label's text, or "" while it is not in the scene yet (a tab's content joins it on the next pulse). */
    private String label(String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    private String value(String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQueryAs(TextInputControl.class).map(TextInputControl::getText).orElse(""));
    }
}
