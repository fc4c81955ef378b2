package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.runbook.Command;
import dev.incidentconsole.runbook.CommandKind;
import dev.incidentconsole.runbook.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A command of a step: its script in monospace with parameter references highlighted, and its options below. */
final class CommandBlock {

    private CommandBlock() {
    }

    static VBox of(Command command, Map<String, Parameter> parameters, String id) {
        TextFlow script = script(command.script(), parameters);
        script.setId(id);
        Label options = new Label(options(command));
        options.getStyleClass().add("command-options");
        options.setWrapText(true);
        VBox box = new VBox(4, script, options);
        box.getStyleClass().add("command");
        if (command.kind() == CommandKind.CHANGE) {
            box.getStyleClass().add("command-change");
        }
        return box;
    }

    /** A code block that is shown but never run (a {@code text}, {@code yaml} or {@code json} block). */
    static VBox snippet(String text) {
        TextFlow flow = script(text, Map.of());
        flow.getStyleClass().add("snippet");
        Label caption = new Label("example \u00b7 shown only, never run");
        caption.getStyleClass().add("command-options");
        VBox box = new VBox(4, flow, caption);
        box.getStyleClass().add("command");
        return box;
    }

    static TextFlow script(String script, Map<String, Parameter> parameters) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("command-block");
        for (ParameterReferences.Piece piece : ParameterReferences.split(script.stripTrailing(), parameters.keySet())) {
            Text text = new Text(piece.text());
            text.getStyleClass().add("code-text");
            if (piece.isReference()) {
                text.getStyleClass().add("param-ref");
                Tooltip.install(text, new Tooltip(ParameterTable.summary(parameters.get(piece.parameter()))));
            }
            flow.getChildren().add(text);
        }
        return flow;
    }

    static String options(Command command) {
        List<String> parts = new ArrayList<>();
        parts.add(command.kind().label() + (command.kindDeclared() ? "" : " (inferred from the command)"));
        parts.add(command.timeout() == null
                ? "timeout " + TimeBoxText.duration(Command.DEFAULT_TIMEOUT) + " (default)"
                : "timeout " + TimeBoxText.duration(command.timeout()));
        if (command.background()) {
            parts.add("runs in the background");
        }
        if (!command.expectExit().isEmpty() && !command.expectExit().equals(java.util.Set.of(0))) {
            parts.add("success on exit " + command.expectExit().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        if (command.expect() != null) {
            parts.add("output must match /" + command.expect().pattern() + "/");
        }
        return String.join("  \u00b7  ", parts);
    }
}
