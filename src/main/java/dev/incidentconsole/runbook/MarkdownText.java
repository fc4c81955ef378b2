package dev.incidentconsole.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/** Text of Markdown nodes: plain (for titles) or as written in the source (for descriptions). */
final class MarkdownText {

    private final List<String> bodyLines;
    private final int lineOffset;

    /** {@code lineOffset} is how many file lines precede the body (the front matter). */
    MarkdownText(List<String> bodyLines, int lineOffset) {
        this.bodyLines = bodyLines;
        this.lineOffset = lineOffset;
    }

    /** The 1-based file line where a node starts. */
    int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? lineOffset + 1 : spans.get(0).getLineIndex() + lineOffset + 1;
    }

    int column(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
    }

    /** The node's lines as written, each cut to the node's own span (so list indentation is dropped). */
    List<String> sourceLines(Node node) {
        List<String> out = new ArrayList<>();
        for (SourceSpan span : node.getSourceSpans()) {
            String line = span.getLineIndex() < bodyLines.size() ? bodyLines.get(span.getLineIndex()) : "";
            int from = Math.min(span.getColumnIndex(), line.length());
            int to = Math.min(from + span.getLength(), line.length());
            out.add(line.substring(from, to));
        }
        return out;
    }

    static String plain(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }
        });
        return out.toString().strip();
    }

    /** kebab-case form of a title: "Check the unit state" becomes "check-the-unit-state". */
    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "step" : slug;
    }
}
