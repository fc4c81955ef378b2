package dev.incidentconsole.ui.runbook;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Runbook prose as wrapped text: paragraphs split on blank lines, source line breaks joined, {@code `code`}
 * spans in monospace and {@code **bold**} in bold. Anything else of Markdown is shown as written.
 */
final class InlineText {

    private InlineText() {
    }

    /** The paragraphs of a description, each with its line breaks joined into spaces. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            String joined = paragraph.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }

    static TextFlow flow(String text, String... styleClasses) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("inline-text");
        flow.getStyleClass().addAll(styleClasses);
        flow.getChildren().addAll(texts(text));
        return flow;
    }

    static List<Text> texts(String text) {
        List<Text> out = new ArrayList<>();
        String[] parts = text.split("`", -1);
        // Without a closing backtick the last part is prose again, with its backtick put back.
        boolean unbalanced = parts.length % 2 == 0;
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && !(unbalanced && i == parts.length - 1);
            if (code) {
                out.add(styled(parts[i], "inline-code"));
            } else {
                String prose = unbalanced && i == parts.length - 1 && i > 0 ? "`" + parts[i] : parts[i];
                addProse(prose, out);
            }
        }
        out.removeIf(t -> t.getText().isEmpty());
        return out;
    }

    private static void addProse(String prose, List<Text> out) {
        String[] parts = prose.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean bold = i % 2 == 1 && i < parts.length - 1;
            out.add(bold ? styled(parts[i], "inline-bold") : styled(i % 2 == 1 ? "**" + parts[i] : parts[i]));
        }
    }

    private static Text styled(String text, String... styleClasses) {
        Text node = new Text(text);
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
