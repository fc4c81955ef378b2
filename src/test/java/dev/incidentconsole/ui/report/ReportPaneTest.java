package dev.incidentconsole.ui.report;

import static dev.incidentconsole.ui.evidence.TimelineEvidence.fx;
import static dev.incidentconsole.ui.evidence.TimelineEvidence.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.report.ReportNarrative;
import dev.incidentconsole.ui.evidence.TimelineEvidence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The report of a real incident in a real H2 store: previewed, edited and exported to real files. */
class ReportPaneTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final AtomicReference<Path> exportTo = new AtomicReference<>();
    private final AtomicReference<String> offeredName = new AtomicReference<>();
    /** What the desktop was asked to open, and whether it can (a test has no desktop of its own). */
    private final List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean desktopOpensFiles = true;
    private TimelineEvidence evidence;
    private ReportPane pane;

    @BeforeEach
    void showReport() throws Exception {
        evidence = TimelineEvidence.create(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T05:00:00Z"), ZoneOffset.UTC);
        ReportNarrative written = new ReportNarrative("", "Log volume filled /var", "", "");
        TimelineEvidence.showInStage(() -> pane = new ReportPane(evidence.store(), evidence.incidentId(), List.of(),
                written, evidence.tasks(), clock, file -> {
                    if (!desktopOpensFiles) {
                        throw new java.io.IOException("this desktop offers no way to open files");
                    }
                    opened.add(file);
                }, (chooser, owner) -> {
                    offeredName.set(chooser.getInitialFileName());
                    return exportTo.get().toFile();
                }));
        waitUntil(() -> !pane.previewLines().isEmpty());
    }

    @AfterEach
    void close() throws Exception {
        evidence.close();
    }

    @Test
    void thePreviewShowsTheIncidentTitleNarrativeAndCommands() throws Exception {
        assertThat(label("#report-title")).isEqualTo(TimelineEvidence.TITLE);
        List<ReportPreviewLine> lines = fx(() -> pane.previewLines());
        assertThat(lines.get(0)).isEqualTo(new ReportPreviewLine(TimelineEvidence.TITLE, ReportPreviewLine.Style.TITLE));
        assertThat(lines).contains(new ReportPreviewLine("Root cause", ReportPreviewLine.Style.HEADING),
                new ReportPreviewLine("Log volume filled /var", ReportPreviewLine.Style.TEXT),
                new ReportPreviewLine("    systemctl status mcp-gateway", ReportPreviewLine.Style.CODE));
        assertThat(lines).filteredOn(line -> line.style() == ReportPreviewLine.Style.TABLE_ROW)
                .anyMatch(line -> line.text().contains("web1"));
        assertThat(lines).noneMatch(line -> line.text().contains("**") || line.text().startsWith("```"));
    }

    @Test
    void editingTheNarrativeUpdatesThePreview() throws Exception {
        robot.clickOn("#narrative-impact").write("Checkout down 12 min");
        waitUntil(() -> pane.previewLines().contains(
                new ReportPreviewLine("Checkout down 12 min", ReportPreviewLine.Style.TEXT)));
        assertThat(fx(() -> pane.narrativeProperty().get()))
                .isEqualTo(new ReportNarrative("Checkout down 12 min", "Log volume filled /var", "", ""));
    }

    @Test
    void exportHtmlWritesTheReportWithTheTimelineCommands() throws Exception {
        Path file = dir.resolve("out").resolve("incident.html");
        Files.createDirectories(file.getParent());
        exportTo.set(file);
        robot.clickOn("#report-export-html");
        waitUntil(() -> label("#report-message").startsWith("Saved"));

        assertThat(label("#report-message")).isEqualTo("Saved the HTML report to " + file + " (6 evidence entries).");
        assertThat(offeredName.get()).isEqualTo(evidence.incidentId() + "-report.html");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains(TimelineEvidence.TITLE,
                "systemctl status mcp-gateway", "journalctl -u mcp-gateway -n 50000", "Log volume filled /var");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSavedReportCanBeOpenedAndADesktopThatCannotSaysSo() throws Exception {
        Path file = dir.resolve("incident.html");
        exportTo.set(file);
        assertThat(fx(() -> robot.lookup("#report-open-saved").query().isVisible())).isFalse();
        robot.clickOn("#report-export-html");
        waitUntil(() -> label("#report-message").startsWith("Saved"));

        robot.clickOn("#report-open-saved");
        waitUntil(() -> !opened.isEmpty());
        assertThat(opened).containsExactly(file);

        desktopOpensFiles = false;
        robot.clickOn("#report-open-saved");
        waitUntil(() -> label("#report-message").startsWith("Could not"));
        assertThat(label("#report-message")).isEqualTo("Could not open " + file + ": this desktop offers no way to open files");
        assertThat(fx(() -> robot.lookup("#report-open-saved").query().isVisible())).isFalse();
    }

    @Test
    void exportMarkdownIncludesEntriesSealedAfterThePreview() throws Exception {
        evidence.note("Rolled back the gateway config", 90);
        Path file = dir.resolve("incident.md");
        exportTo.set(file);
        robot.clickOn("#report-export-markdown");
        waitUntil(() -> label("#report-message").startsWith("Saved"));

        assertThat(label("#report-message")).isEqualTo("Saved the Markdown report to " + file + " (7 evidence entries).");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("# " + TimelineEvidence.TITLE)
                .contains("systemctl status mcp-gateway", "journalctl -u mcp-gateway -n 50000",
                        "Rolled back the gateway config");
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhere() throws Exception {
        Path file = dir.resolve("no-such-folder").resolve("incident.html");
        exportTo.set(file);
        robot.clickOn("#report-export-html");
        waitUntil(() -> label("#report-message").startsWith("Could not"));
        assertThat(label("#report-message")).isEqualTo("Could not save the HTML report to " + file
                + ": file or folder not found: " + file.getParent());
        assertThat(Files.exists(file)).isFalse();
    }

    private String label(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
