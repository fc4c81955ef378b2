package dev.incidentconsole.ui.runbook;

import atlantafx.base.controls.Spacer;
import dev.incidentconsole.runbook.Command;
import dev.incidentconsole.runbook.Parameter;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.runbook.StepKind;
import dev.incidentconsole.ui.common.Icons;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One numbered step: number, kind (icon, colour and tag), title, description and its commands or files to collect. */
public final class StepCard {

    private StepCard() {
    }

    public static VBox of(Step step, Map<String, Parameter> parameters) {
        StepKindStyle kind = StepKindStyle.of(step);
        VBox card = new VBox(8);
        card.setId("step-" + step.id());
        card.getStyleClass().addAll("step-card", kind.styleClass());
        card.getChildren().add(header(step, kind));
        if (step.kind() == StepKind.CHANGE) {
            Label warning = new Label(kind.meaning);
            warning.getStyleClass().add("step-change-note");
            warning.setWrapText(true);
            card.getChildren().add(warning);
        }
        for (String paragraph : InlineText.paragraphs(step.description())) {
            card.getChildren().add(InlineText.flow(paragraph, "step-description"));
        }
        List<Command> commands = step.commands();
        for (int i = 0; i < commands.size(); i++) {
            card.getChildren().add(CommandBlock.of(commands.get(i), parameters, "command-" + step.id() + "-" + (i + 1)));
        }
        if (step.collects()) {
            card.getChildren().add(CommandBlock.filesToCollect(step.collectPaths(), parameters, "collect-" + step.id()));
        }
        step.snippets().forEach(snippet -> card.getChildren().add(CommandBlock.snippet(snippet)));
        for (String paragraph : InlineText.paragraphs(step.followUp())) {
            card.getChildren().add(InlineText.flow(paragraph, "step-description"));
        }
        return card;
    }

    private static HBox header(Step step, StepKindStyle kind) {
        Label number = new Label(String.valueOf(step.number()));
        number.getStyleClass().add("step-number");
        number.setMinWidth(Label.USE_PREF_SIZE);
        Label icon = new Label(null, Icons.icon(kind.icon, "step-kind-icon"));
        Label title = new Label(step.title());
        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        Label tag = new Label(kind.tag.toUpperCase(java.util.Locale.ROOT));
        tag.setId("step-kind-" + step.id());
        tag.getStyleClass().addAll("step-kind-tag", kind.styleClass());
        tag.setMinWidth(Label.USE_PREF_SIZE);
        tag.setTooltip(new Tooltip(kind.meaning));
        HBox header = new HBox(10, number, icon, title, new Spacer(), tag);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("step-header");
        return header;
    }
}
