package dev.incidentconsole.ui.runbook;

import atlantafx.base.controls.Spacer;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.ui.common.Icons;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The top of the preview: title and severity, summary, alert, response time, upkeep, tags and introduction. */
final class PreviewHeader {

    private PreviewHeader() {
    }

    static VBox of(Runbook runbook, Clock clock) {
        Label title = new Label(runbook.title());
        title.setId("preview-title");
        title.getStyleClass().add("preview-title");
        title.setWrapText(true);
        Label severity = SeverityBadge.of(runbook.severity());
        severity.setId("preview-severity");
        severity.getStyleClass().add("severity-badge-large");
        HBox titleRow = new HBox(16, title, new Spacer(), severity);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label origin = new Label(runbook.id() + "  \u00b7  " + origin(runbook));
        origin.getStyleClass().add("preview-origin");

        VBox header = new VBox(10, titleRow, origin);
        header.getStyleClass().add("preview-header");
        if (runbook.summary() != null) {
            Label summary = new Label(runbook.summary());
            summary.setId("preview-summary");
            summary.getStyleClass().add("preview-summary");
            summary.setWrapText(true);
            header.getChildren().add(summary);
        }
        header.getChildren().add(facts(runbook, clock));
        if (runbook.alert() != null && runbook.alert().query() != null) {
            VBox query = CommandBlock.script(runbook.alert().query(), Map.of(), false);
            query.setId("preview-query");
            query.getStyleClass().add("alert-query");
            Label caption = new Label("Alert query");
            caption.getStyleClass().add("fact-caption");
            header.getChildren().add(new VBox(4, caption, query));
        }
        FlowPane tags = tags(runbook);
        if (!tags.getChildren().isEmpty()) {
            header.getChildren().add(tags);
        }
        for (String paragraph : InlineText.paragraphs(runbook.introduction())) {
            header.getChildren().add(InlineText.flow(paragraph, "preview-introduction"));
        }
        return header;
    }

    private static FlowPane facts(Runbook r, Clock clock) {
        List<Label> facts = new ArrayList<>();
        if (r.alert() != null && r.alert().name() != null) {
            facts.add(fact("preview-alert", MaterialDesignB.BELL_ALERT, "Alert", r.alert().name()));
        }
        r.responseTimeLimit().ifPresent(limit ->
                facts.add(fact("preview-response-time", MaterialDesignT.TIMER_OUTLINE, "Respond within", TimeBoxText.duration(limit))));
        if (r.owner() != null) {
            facts.add(fact("preview-owner", MaterialDesignA.ACCOUNT_OUTLINE, "Owner", r.owner()));
        }
        if (r.version() != null) {
            facts.add(fact("preview-version", MaterialDesignS.SOURCE_BRANCH, "Version", r.version()));
        }
        if (r.lastReviewed() != null) {
            Label reviewed = fact("preview-reviewed", MaterialDesignC.CALENDAR_CHECK_OUTLINE, "Last reviewed", r.lastReviewed().toString());
            LocalDate today = LocalDate.now(clock);
            r.reviewDue().filter(due -> due.isBefore(today)).ifPresent(due -> {
                reviewed.setText(reviewed.getText() + "  (review overdue since " + due + ")");
                reviewed.getStyleClass().add("fact-overdue");
            });
            facts.add(reviewed);
        }
        FlowPane pane = new FlowPane(20, 8);
        pane.getStyleClass().add("preview-facts");
        pane.getChildren().addAll(facts);
        return pane;
    }

    private static Label fact(String id, Ikon icon, String caption, String value) {
        Label label = new Label(caption + "  " + value, Icons.icon(icon, "fact-icon"));
        label.setId(id);
        label.getStyleClass().add("fact");
        return label;
    }

    private static FlowPane tags(Runbook r) {
        FlowPane pane = new FlowPane(6, 6);
        pane.getStyleClass().add("preview-tags");
        r.incidentTypes().forEach(type -> pane.getChildren().add(chip(type, "chip-type")));
        r.tags().stream().filter(tag -> !r.incidentTypes().contains(tag))
                .forEach(tag -> pane.getChildren().add(chip(tag, "chip-tag")));
        return pane;
    }

    private static Label chip(String text, String styleClass) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", styleClass);
        return chip;
    }

    private static String origin(Runbook r) {
        if (r.source() == null) {
            return "unknown source";
        }
        return (r.source().bundled() ? "bundled \u00b7 " : "") + r.source().location();
    }
}
