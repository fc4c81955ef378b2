package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.EvidenceEntry;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** The timeline's columns. Every cell gets the whole entry and paints itself, so no column re-reads the store. */
final class TimelineColumns {

    /** Classes a cell may carry for one entry and must drop when it is reused for another. */
    private static final List<String> STATE_CLASSES = List.of("exit-ok", "exit-failed", "capture-incomplete");
    private static final int TOOLTIP_CHARS = 2_000;
    private static final List<String> SQUEEZABLE = List.of("host", "step", "operator", "summary");

    private final ZoneId zone;

    TimelineColumns(ZoneId zone) {
        this.zone = zone;
    }

    List<TableColumn<EvidenceEntry, EvidenceEntry>> all() {
        return List.of(
                column("#", "seq", 48, (cell, e) -> cell.setText(Long.toString(e.seq()))),
                column("Time (UTC)", "time", 165, (cell, e) -> {
                    cell.setText(TimelineText.shortTime(TimelineText.at(e)));
                    cell.setTooltip(new Tooltip(TimelineText.utc(TimelineText.at(e)) + "\n"
                            + TimelineText.local(TimelineText.at(e), zone)));
                }),
                column("Kind", "kind", 118, (cell, e) -> {
                    cell.setGraphic(TimelineKindIcon.of(e.kind()));
                    cell.setText(TimelineText.words(e.kind().name()));
                }),
                column("Host", "host", 80, (cell, e) -> {
                    cell.setText(e.hostAlias());
                    if (e.hostAddress() != null) {
                        cell.setTooltip(new Tooltip(e.hostAddress()));
                    }
                }),
                column("Step", "step", 120, (cell, e) -> cell.setText(e.stepId())),
                column("Operator", "operator", 110, (cell, e) -> cell.setText(e.operator())),
                column("Summary", "summary", 300, (cell, e) -> {
                    cell.setText(TimelineText.summary(e));
                    String full = e.command() != null ? e.command() : e.text();
                    if (full != null) {
                        cell.setTooltip(new Tooltip(full.length() > TOOLTIP_CHARS ? full.substring(0, TOOLTIP_CHARS) + "\u2026" : full));
                    }
                }),
                column("Exit", "exit", 72, (cell, e) -> {
                    cell.setText(TimelineText.exit(e));
                    if (TimelineText.ran(e)) {
                        cell.getStyleClass().add(TimelineText.succeeded(e) ? "exit-ok" : "exit-failed");
                    }
                }),
                column("Capture", "capture", 128, (cell, e) -> {
                    cell.setText(TimelineText.completeness(e));
                    if (TimelineText.incomplete(e)) {
                        cell.getStyleClass().add("capture-incomplete");
                        cell.setTooltip(new Tooltip("The output is only what arrived before the capture stopped"));
                    }
                }),
                column("Output", "output", 136, (cell, e) -> {
                    cell.setText(TimelineText.sizes(e));
                    if (TimelineText.ran(e)) {
                        cell.setTooltip(new Tooltip("stdout " + TimelineText.count(e.stdoutLength()) + " bytes, stderr "
                                + TimelineText.count(e.stderrLength()) + " bytes"));
                    }
                }));
    }

    private static TableColumn<EvidenceEntry, EvidenceEntry> column(String title, String key, double width,
                                                                    BiConsumer<TableCell<EvidenceEntry, EvidenceEntry>, EvidenceEntry> paint) {
        TableColumn<EvidenceEntry, EvidenceEntry> column = new TableColumn<>(title);
        column.setId("col-" + key);
        column.setPrefWidth(width);
        // Short fixed-format values keep their width; free text (host, step, operator, summary) gives way.
        column.setMinWidth(SQUEEZABLE.contains(key) ? 60 : width);
        column.setSortable(false);
        column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EvidenceEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().removeAll(STATE_CLASSES);
                setText(null);
                setGraphic(null);
                setTooltip(null);
                if (!empty && entry != null) {
                    paint.accept(this, entry);
                }
            }
        });
        return column;
    }
}
