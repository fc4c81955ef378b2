package dev.incidentconsole.report;

import java.util.regex.Pattern;

/**
 * Untrusted text placed into Markdown so that it reads as what it is and nothing more: no raw HTML, entities,
 * links, emphasis, code spans, list or heading syntax, and no pipe that could split a table cell. CommonMark lets
 * any ASCII punctuation be escaped with a backslash; only the characters that can start markup are escaped, to
 * keep the raw file readable.
 */
final class MarkdownEscaping {

    /** Characters that can open inline markup anywhere in a line (GFM tables, math and strikethrough included). */
    private static final String INLINE_SPECIAL = "\\`*_[]<>|~&$";
    /** Characters that start a block (heading, list, setext underline) at the start of a line; ">" is inline-escaped. */
    private static final String LINE_START_SPECIAL = "#-+=";
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])(?=[ \\t]|$)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private MarkdownEscaping() {
    }

    /** One table cell: inline escaping, line breaks as {@code <br>}, never empty of meaning. */
    static String cell(String text) {
        String visible = VisibleText.of(text).strip();
        StringBuilder out = new StringBuilder(visible.length() + 16);
        for (String line : visible.split("\n", -1)) {
            if (out.length() > 0) {
                out.append("<br>");
            }
            appendInline(out, line.replace('\t', ' '));
        }
        return out.toString();
    }

    /** Heading text: one line, and no "#" that could read as a closing sequence. */
    static String heading(String text) {
        String oneLine = VisibleText.of(text).strip().replaceAll("\\s*\n\\s*", " ");
        StringBuilder out = new StringBuilder(oneLine.length() + 8);
        appendInline(out, oneLine);
        return out.toString().replace("#", "\\#");
    }

    /** Prose that starts a block (a paragraph): each line kept as a hard break, blank lines between paragraphs. */
    static String paragraphs(String text) {
        return text(text, "", true);
    }

    /**
     * Prose that follows a label on the same line, as in {@code - Host: ...}: the first line is not a line start;
     * later lines are prefixed with {@code indent} so that the text stays inside its list item.
     */
    static String afterLabel(String text, String indent) {
        return text(text, indent, false);
    }

    private static String text(String text, String indent, boolean startsLine) {
        String visible = VisibleText.of(text).strip();
        StringBuilder out = new StringBuilder(visible.length() + 16);
        String[] paragraphs = BLANK_LINES.split(visible);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append("\n\n").append(indent);
            }
            String[] lines = paragraphs[p].split("\n");
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    out.append("\\\n").append(indent);
                }
                appendLine(out, lines[l].strip(), startsLine || p > 0 || l > 0);
            }
        }
        return out.toString();
    }

    /** A code span whose delimiter is longer than any backtick run inside, padded when the text touches one. */
    static String codeSpan(String text) {
        String visible = VisibleText.of(text).replace('\n', ' ');
        if (visible.isBlank()) {
            return "";
        }
        String ticks = "`".repeat(longestBacktickRun(visible) + 1);
        boolean pad = visible.startsWith("`") || visible.endsWith("`") || visible.startsWith(" ") || visible.endsWith(" ");
        String padding = pad ? " " : "";
        return ticks + padding + visible + padding + ticks;
    }

    /** A code fence that no line of {@code content} can close: at least three backticks, longer than any run. */
    static String fenceFor(String content) {
        return "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
    }

    static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static void appendLine(StringBuilder out, String line, boolean startsLine) {
        if (!startsLine) {
            appendInline(out, line);
            return;
        }
        if (!line.isEmpty() && LINE_START_SPECIAL.indexOf(line.charAt(0)) >= 0) {
            out.append('\\');
        }
        var ordered = ORDERED_LIST_START.matcher(line);
        if (ordered.find()) {
            // "1." or "1)" would start an ordered list: escape the delimiter, keep the number.
            out.append(ordered.group(1)).append('\\').append(ordered.group(2));
            line = line.substring(ordered.end());
        }
        appendInline(out, line);
    }

    private static void appendInline(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
