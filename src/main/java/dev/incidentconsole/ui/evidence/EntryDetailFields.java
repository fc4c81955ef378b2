package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Every recorded field of one entry as label and value. Values are read-only text controls so a responder can
 * select and copy a hash or a command exactly; fields that do not apply to the entry's kind are left out.
 */
final class EntryDetailFields extends GridPane {

    private final ZoneId zone;
    private int row;

    EntryDetailFields(ZoneId zone) {
        this.zone = zone;
        setId("detail-fields");
        getStyleClass().add("detail-fields");
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.RIGHT);
        names.setMinWidth(120);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        getColumnConstraints().addAll(names, values);
    }

    void show(EvidenceEntry entry) {
        getChildren().clear();
        row = 0;
        line("seq", "Entry", "#" + entry.seq() + " \u00B7 " + TimelineText.words(entry.kind().name()));
        line("incident", "Incident", entry.incidentId());
        line("operator", "Recorded by", entry.operator());
        line("started", entry.endedAt() == null ? "Recorded" : "Started", moment(entry.startedAt()));
        if (entry.endedAt() != null) {
            line("ended", "Ended", moment(entry.endedAt()));
            line("duration", "Duration", TimelineText.duration(entry.durationNanos()));
        }
        line("runbook", "Runbook", entry.runbookId());
        code("runbook-sha256", "Runbook SHA-256", entry.runbookSha256());
        line("step", "Step", entry.stepId());
        line("host", "Host", host(entry));
        line("user", "Remote user", entry.remoteUser());
        code("fingerprint", "Host key", entry.hostKeyFingerprint());
        if (TimelineText.ran(entry)) {
            line("clock-offset", "Clock offset", TimelineText.clockOffset(entry.clockOffsetMillis()));
        }
        block("command", entry.kind() == EntryKind.FILE ? "File" : "Command sent", entry.command());
        block("parameters", "Parameters", parameters(entry.parameters()));
        if (TimelineText.ran(entry)) {
            line("exit", "Exit", TimelineText.exit(entry));
            line("status", "Status", entry.status() == null ? null : TimelineText.words(entry.status()));
            line("completeness", "Capture", entry.completeness() == null ? null
                    : TimelineText.words(entry.completeness().name()));
            code("stdout-sha256", "stdout SHA-256", entry.stdoutSha256() + "  (" + TimelineText.count(entry.stdoutLength()) + " bytes)");
            code("stderr-sha256", "stderr SHA-256", entry.stderrSha256() + "  (" + TimelineText.count(entry.stderrLength()) + " bytes)");
        }
        block("text", textLabel(entry.kind()), entry.text());
        code("previous-hash", "Previous hash", entry.previousHash());
        code("entry-hash", "Entry hash", entry.entryHash());
    }

    private String moment(Instant at) {
        return at == null ? null : TimelineText.utc(at) + "   \u00B7   " + TimelineText.local(at, zone);
    }

    private static String host(EvidenceEntry entry) {
        if (entry.hostAlias() == null) {
            return entry.hostAddress();
        }
        return entry.hostAddress() == null || entry.hostAddress().equals(entry.hostAlias()) ? entry.hostAlias()
                : entry.hostAlias() + " (" + entry.hostAddress() + ")";
    }

    private static String parameters(Map<String, String> parameters) {
        return parameters.isEmpty() ? null : parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining("\n"));
    }

    private static String textLabel(EntryKind kind) {
        return switch (kind) {
            case NOTE -> "Note";
            case ESCALATION -> "Escalation";
            case SKIP -> "Reason";
            case STATUS -> "Status text";
            default -> "Detail";
        };
    }

    private void line(String key, String name, String value) {
        if (value != null && !value.isBlank()) {
            add(key, name, new TextField(value));
        }
    }

    private void code(String key, String name, String value) {
        if (value != null && !value.isBlank()) {
            TextField field = new TextField(value);
            field.getStyleClass().add("detail-code");
            add(key, name, field);
        }
    }

    private void block(String key, String name, String value) {
        if (value != null && !value.isBlank()) {
            TextArea area = new TextArea(value);
            area.setWrapText(true);
            area.setPrefRowCount((int) Math.min(8, value.lines().count() + 1));
            area.getStyleClass().add("detail-code");
            add(key, name, area);
        }
    }

    private void add(String key, String name, TextInputControl value) {
        value.setEditable(false);
        value.setId("detail-" + key);
        value.getStyleClass().add("detail-value");
        Label label = new Label(name);
        label.getStyleClass().add("detail-name");
        label.setLabelFor(value);
        GridPane.setValignment(label, VPos.TOP);
        addRow(row++, label, value);
    }
}
