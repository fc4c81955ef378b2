package dev.incidentconsole.ui.report;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.report.HtmlReportWriter;
import dev.incidentconsole.report.IncidentReport;
import dev.incidentconsole.report.MarkdownReportWriter;
import dev.incidentconsole.report.ReportNarrative;
import dev.incidentconsole.report.ReportWriter;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.ProblemText;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The incident report as it would be exported, next to the sections the responder writes. The preview is the
 * Markdown report laid out read-only (no web view is on the classpath); it is rebuilt from the store in the
 * background after an edit settles or on F5. Exports read the evidence afresh, so they include every sealed entry.
 */
public final class ReportPane extends BorderPane {

    public static final KeyCombination REFRESH = KeyCombination.keyCombination("F5");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final Duration SETTLE = Duration.millis(600);

    private final EvidenceStore store;
    private final String incidentId;
    private final List<Runbook> runbooks;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final BiFunction<FileChooser, Window, File> saveDialog;
    private final DocumentOpener opener;
    private final Hyperlink openSaved = new Hyperlink("Open _it");
    private final ReportNarrativeEditor editor;
    private final ReportPreview preview = new ReportPreview();
    private final Label title = new Label();
    private final Label message = new Label();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private long previewGeneration;

    private record Draft(String title, List<ReportPreviewLine> lines) {
    }

    public ReportPane(EvidenceStore store, String incidentId, List<Runbook> runbooks, ReportNarrative narrative,
                      BackgroundTasks tasks, Clock clock, DocumentOpener opener) {
        this(store, incidentId, runbooks, narrative, tasks, clock, opener, FileChooser::showSaveDialog);
    }

    /**
     * @param runbooks   the runbooks used, to name steps in the report
     * @param narrative  the sections written so far (null for none); read the edits back from {@link #narrativeProperty}
     * @param opener     opens a saved export in the desktop's application for it (a browser, for the HTML report)
     * @param saveDialog shows the chooser for the exports (normally {@code FileChooser::showSaveDialog})
     */
    public ReportPane(EvidenceStore store, String incidentId, List<Runbook> runbooks, ReportNarrative narrative,
                      BackgroundTasks tasks, Clock clock, DocumentOpener opener, BiFunction<FileChooser, Window, File> saveDialog) {
        this.store = store;
        this.incidentId = incidentId;
        this.runbooks = List.copyOf(runbooks);
        this.tasks = tasks;
        this.clock = clock;
        this.saveDialog = saveDialog;
        this.opener = opener;
        this.editor = new ReportNarrativeEditor(narrative);
        setId("report-pane");
        getStyleClass().add("report-pane");
        getStylesheets().add(ReportPane.class.getResource("report.css").toExternalForm());
        ScrollPane editorScroll = new ScrollPane(editor);
        editorScroll.setFitToWidth(true);
        editorScroll.setFitToHeight(true);
        SplitPane split = new SplitPane(editorScroll, preview);
        split.setDividerPositions(0.35);
        setTop(toolbar());
        setCenter(split);
        settle.setOnFinished(event -> refreshPreview());
        editor.narrativeProperty().addListener((obs, was, now) -> settle.playFromStart());
        setOnKeyPressed(event -> {
            if (REFRESH.match(event)) {
                event.consume();
                refreshPreview();
            }
        });
        refreshPreview();
    }

    private VBox toolbar() {
        title.setId("report-title");
        title.getStyleClass().add(Styles.TITLE_3);
        Button refresh = new Button("Refresh", Icons.icon(MaterialDesignR.REFRESH));
        refresh.setId("report-refresh");
        refresh.setTooltip(new Tooltip("Rebuild the preview from the evidence (F5)"));
        refresh.setOnAction(event -> refreshPreview());
        Button html = new Button("Export _HTML\u2026", Icons.icon(MaterialDesignL.LANGUAGE_HTML5));
        html.setId("report-export-html");
        html.setTooltip(new Tooltip("Save a self-contained HTML report (Alt+H)"));
        html.setOnAction(event -> export(new HtmlReportWriter(), "HTML report", "html"));
        Button markdown = new Button("Export _Markdown\u2026", Icons.icon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        markdown.setId("report-export-markdown");
        markdown.setTooltip(new Tooltip("Save the report as Markdown (Alt+M)"));
        markdown.setOnAction(event -> export(new MarkdownReportWriter(), "Markdown report", "md"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, title, spacer, refresh, html, markdown);
        row.setAlignment(Pos.CENTER_LEFT);
        message.setId("report-message");
        message.getStyleClass().add("report-message");
        message.setWrapText(true);
        openSaved.setId("report-open-saved");
        openSaved.setMnemonicParsing(true);
        openSaved.setVisible(false);
        openSaved.setManaged(false);
        HBox said = new HBox(4, message, openSaved);
        said.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, row, said);
        top.getStyleClass().add("report-toolbar");
        return top;
    }

    /** Rebuilds the preview in the background; a build overtaken by a newer one is dropped. */
    public void refreshPreview() {
        settle.stop();
        long current = ++previewGeneration;
        ReportNarrative narrative = editor.narrativeProperty().get();
        tasks.run("Building the report preview", () -> draft(narrative), draft -> {
            if (current == previewGeneration) {
                title.setText(draft.title());
                preview.show(draft.lines());
            }
        }, problem -> {
            if (current == previewGeneration) {
                showMessage("Could not build the report: " + ProblemText.describe(problem), true);
            }
        });
    }

    private Draft draft(ReportNarrative narrative) throws IOException {
        IncidentReport report = report(narrative);
        StringWriter markdown = new StringWriter();
        new MarkdownReportWriter().write(report, markdown);
        return new Draft(report.displayTitle(), ReportPreviewFormat.lines(markdown.toString()));
    }

    private IncidentReport report(ReportNarrative narrative) {
        IncidentRecord incident = store.incident(incidentId).orElseThrow(() -> new IllegalArgumentException(
                "incident " + incidentId + " is not in this evidence store"));
        return new IncidentReport(incident, store.timeline(incidentId), runbooks, narrative, clock.instant());
    }

    private void export(ReportWriter writer, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the " + description);
        chooser.setInitialFileName(incidentId + "-" + writer.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File chosen = saveDialog.apply(chooser, getScene() == null ? null : getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        ReportNarrative narrative = editor.narrativeProperty().get();
        showMessage("Writing the " + description + " to " + file + "\u2026", false);
        tasks.run("Exporting the report", () -> write(writer, narrative, file),
                entries -> {
                    showMessage("Saved the " + description + " to " + file + " (" + entries + " evidence "
                            + (entries == 1 ? "entry" : "entries") + ").", false);
                    offerToOpen(description, file);
                },
                problem -> showMessage("Could not save the " + description + " to " + file + ": "
                        + ProblemText.describe(problem), true));
    }

    /** Writes beside the target and moves into place, so a failed export never leaves half a report. */
    private int write(ReportWriter writer, ReportNarrative narrative, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString());
        }
        IncidentReport report = report(narrative);
        Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            writer.write(report, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        return report.summary().entries();
    }

    /** A link after the saved message that opens the file, so the HTML report can be read as it will be sent. */
    private void offerToOpen(String description, Path file) {
        openSaved.setTooltip(new Tooltip("Open " + file.getFileName() + " in the desktop's application for it (Alt+I)"));
        openSaved.setOnAction(event -> tasks.run("Opening the " + description, () -> {
            opener.open(file);
            return file;
        }, opened -> { }, problem -> showMessage("Could not open " + file + ": " + ProblemText.describe(problem), true)));
        openSaved.setVisible(true);
        openSaved.setManaged(true);
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.pseudoClassStateChanged(ERROR, error);
        openSaved.setVisible(false);
        openSaved.setManaged(false);
    }

    /** The responder's sections as they stand; the caller keeps them with the incident. */
    public ReadOnlyObjectProperty<ReportNarrative> narrativeProperty() {
        return editor.narrativeProperty();
    }

    public List<ReportPreviewLine> previewLines() {
        return List.copyOf(preview.getItems());
    }
}
