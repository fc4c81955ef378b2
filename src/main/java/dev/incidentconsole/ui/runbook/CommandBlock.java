package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.runbook.Command;
import dev.incidentconsole.runbook.CommandKind;
import dev.incidentconsole.runbook.Parameter;
import dev.incidentconsole.ui.common.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** A command of a step: its script in monospace with parameter references highlighted, and its options below. */
public final class CommandBlock {

    private CommandBlock() {
    }

    static VBox of(Command command, Map<String, Parameter> parameters, String id) {
        VBox script = script(command.script(), parameters, true);
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

    /**
     * The paths a collect step copies, one per row with parameter references highlighted as in a command, under a
     * caption that says what happens to them.
     */
    static VBox filesToCollect(List<String> paths, Map<String, Parameter> parameters, String id) {
        Label caption = new Label("Files to collect", Icons.icon(MaterialDesignF.FILE_DOWNLOAD_OUTLINE, "collect-icon"));
        caption.getStyleClass().add("collect-caption");
        VBox list = script(String.join("\n", paths), parameters, false);
        list.setId(id);
        list.getStyleClass().add("collect-paths");
        Label note = new Label("copied whole into the evidence from each host, with owner, mode, mtime and SHA-256");
        note.getStyleClass().add("command-options");
        note.setWrapText(true);
        VBox box = new VBox(4, caption, list, note);
        box.getStyleClass().addAll("command", "collect-files");
        return box;
    }

    /** A code block that is shown but never run (a {@code text}, {@code yaml} or {@code json} block). */
    static VBox snippet(String text) {
        VBox code = script(text, Map.of(), true);
        code.getStyleClass().add("snippet");
        Label caption = new Label("example \u00b7 shown only, never run");
        caption.getStyleClass().add("command-options");
        VBox box = new VBox(4, code, caption);
        box.getStyleClass().add("command");
        return box;
    }

    /**
     * A monospace block, one row per source line. With {@code numbered} each row starts with its line number,
     * so a long line that wraps is plainly one line and not two.
     */
    public static VBox script(String script, Map<String, Parameter> parameters, boolean numbered) {
        VBox block = new VBox();
        block.getStyleClass().add("command-block");
        String[] lines = script.stripTrailing().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            TextFlow line = line(lines[i], parameters);
            HBox.setHgrow(line, Priority.ALWAYS);
            HBox row = new HBox(line);
            row.getStyleClass().add("code-line");
            if (numbered) {
                Label number = new Label(String.valueOf(i + 1));
                number.getStyleClass().add("code-line-number");
                number.setMinWidth(lines.length >= 10 ? 26 : 18);
                number.setAlignment(Pos.TOP_RIGHT);
                row.getChildren().add(0, number);
            }
            block.getChildren().add(row);
        }
        return block;
    }

    private static TextFlow line(String line, Map<String, Parameter> parameters) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("code-flow");
        for (ParameterReferences.Piece piece : ParameterReferences.split(line.isEmpty() ? " " : line, parameters.keySet())) {
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
