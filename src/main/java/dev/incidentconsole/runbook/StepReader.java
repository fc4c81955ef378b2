package dev.incidentconsole.runbook;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/** Turns numbered list items and fenced blocks into steps and commands. */
final class StepReader {

    private final String location;
    private final MarkdownText text;
    private final CommandClassifier classifier;
    private final boolean plain;
    private final List<Finding> findings;

    /** {@code plain}: the file has no front matter, so long-running commands get a timeout by default. */
    StepReader(String location, MarkdownText text, CommandClassifier classifier, boolean plain, List<Finding> findings) {
        this.location = location;
        this.text = text;
        this.classifier = classifier;
        this.plain = plain;
        this.findings = findings;
    }

    /** True for an ordered list written as steps: some item opens with a bold title or holds a code block. */
    static boolean isStepList(Node node) {
        if (!(node instanceof OrderedList)) {
            return false;
        }
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
            if (boldLeadIn(item) != null || containsFence(item)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsFence(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock || containsFence(child)) {
                return true;
            }
        }
        return false;
    }

    Step fromListItem(ListItem item, int number) {
        StrongEmphasis bold = boldLeadIn(item);
        String title = bold == null ? null : MarkdownText.plain(bold).replaceAll("[:.\\s]+$", "");
        List<String> description = new ArrayList<>();
        List<String> followUp = new ArrayList<>();
        List<Command> commands = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        List<CollectPath> collect = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock) {
                addFence((FencedCodeBlock) child, commands, snippets, collect);
            } else if (child instanceof IndentedCodeBlock) {
                snippets.add(((IndentedCodeBlock) child).getLiteral().stripTrailing());
            } else {
                List<String> lines = text.sourceLines(child);
                if (child == item.getFirstChild() && bold != null && !lines.isEmpty()) {
                    lines.set(0, afterBoldLeadIn(lines.get(0)));
                }
                collectNestedFences(child, commands, snippets, collect);
                String written = String.join("\n", lines).strip();
                if (!written.isEmpty() && !(child instanceof BulletList && containsFence(child))) {
                    (commands.isEmpty() && snippets.isEmpty() && collect.isEmpty() ? description : followUp).add(written);
                }
            }
        }
        if (title == null || title.isBlank()) {
            findings.add(Finding.error(location, text.line(item), text.column(item), "step-without-title",
                    "step " + number + " has no title: start the item with a bold lead-in, like 1. **Check the service**"));
            String first = description.isEmpty() ? "Step " + number : description.get(0).lines().findFirst().orElse("");
            title = first.length() > 60 ? first.substring(0, 60).strip() + "\u2026" : first;
            if (!description.isEmpty()) description.remove(0);
        }
        CollectBlock.checkStep(collect, location, findings);
        if (!collect.isEmpty() && !commands.isEmpty()) {
            findings.add(Finding.error(location, text.line(item), text.column(item), "collect-with-commands",
                    "step '" + title + "' both runs commands and collects files; keep one kind per step and move the"
                            + " collect block into a step of its own"));
        }
        return new Step(MarkdownText.slug(title), number, title, String.join("\n\n", description), commands, snippets,
                String.join("\n\n", followUp), text.line(item), collect);
    }

    /** A step made of one code block, for plain runbooks whose sections hold only code. */
    Step fromFence(FencedCodeBlock fence, String fallbackTitle, int number) {
        List<Command> commands = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        addFence(fence, commands, snippets);
        String title = fallbackTitle;
        for (String line : fence.getLiteral().split("\n")) {
            String s = line.strip();
            if (s.startsWith("#") && !s.startsWith("#!") && s.length() > 2) {
                title = s.replaceFirst("^#+\\s*", "");
                break;
            }
            if (!s.isEmpty()) break;
        }
        return new Step(MarkdownText.slug(title), number, title, "", commands, snippets, "", text.line(fence));
    }

    private void collectNestedFences(Node node, List<Command> commands, List<String> snippets, List<CollectPath> collect) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock) {
                addFence((FencedCodeBlock) child, commands, snippets, collect);
            } else {
                collectNestedFences(child, commands, snippets, collect);
            }
        }
    }

    private void addFence(FencedCodeBlock fence, List<Command> commands, List<String> snippets, List<CollectPath> collect) {
        if (CollectBlock.is(fence)) {
            collect.addAll(CollectBlock.read(fence, text, location, findings));
        } else {
            addFence(fence, commands, snippets);
        }
    }

    void addFence(FencedCodeBlock fence, List<Command> commands, List<String> snippets) {
        int line = text.line(fence);
        int column = text.column(fence) + fence.getFenceIndent();
        FenceInfo info = FenceInfo.parse(fence.getInfo(), location, line, column, findings);
        String script = fence.getLiteral().endsWith("\n")
                ? fence.getLiteral().substring(0, fence.getLiteral().length() - 1) : fence.getLiteral();
        if (!info.runnable()) {
            snippets.add(script);
            return;
        }
        CommandClassifier.Classification classified = classifier.classify(script);
        CommandKind kind = info.kind() != null ? info.kind() : classified.kind();
        java.time.Duration timeout = info.timeout();
        boolean background = info.background();
        if (plain && timeout == null && classified.longRunning()) {
            timeout = CommandClassifier.suggestedTimeout(classified);
            background = true;
        }
        commands.add(new Command(script, info.language(), kind, info.kind() != null, timeout, background,
                info.expectExit(), info.expect(), line + 1, column));
    }

    static StrongEmphasis boldLeadIn(Node item) {
        Node first = item.getFirstChild();
        if (first instanceof Paragraph && first.getFirstChild() instanceof StrongEmphasis) {
            return (StrongEmphasis) first.getFirstChild();
        }
        return null;
    }

    private static String afterBoldLeadIn(String line) {
        String s = line.strip();
        for (String marker : new String[] {"**", "__"}) {
            if (s.startsWith(marker)) {
                int end = s.indexOf(marker, 2);
                if (end > 0) {
                    return s.substring(end + 2).replaceFirst("^\\s*[:\u2013\u2014-]?\\s*", "");
                }
            }
        }
        return s;
    }
}
