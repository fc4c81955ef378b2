package dev.incidentconsole.ui.report;

import dev.incidentconsole.ui.report.ReportPreviewLine.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the report's Markdown into lines to show: headings, bullets, quotes, code and tables recognised by their
 * line syntax, the markup around text removed (escapes, emphasis, link targets) and tables padded into columns.
 * It reads only what {@code MarkdownReportWriter} writes; it is a preview, not a Markdown renderer.
 */
final class ReportPreviewFormat {

    private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\])*)]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(?<!\\\\)\\*\\*");
    private static final Pattern BREAK = Pattern.compile("(?<!\\\\)<br>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|(\\s*:?-+:?\\s*\\|)+\\s*$");
    private static final Pattern CELL_SPLIT = Pattern.compile("(?<!\\\\)\\|");
    private static final String COLUMN_GAP = "   ";

    private ReportPreviewFormat() {
    }

    static List<ReportPreviewLine> lines(String markdown) {
        List<ReportPreviewLine> out = new ArrayList<>();
        List<String> table = new ArrayList<>();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            if (!table.isEmpty() && !line.startsWith("|")) {
                addTable(out, table);
                table.clear();
            }
            if (fence != null) {
                if (line.strip().equals(fence)) {
                    fence = null;
                } else {
                    out.add(new ReportPreviewLine("    " + line, Style.CODE));
                }
            } else if (line.startsWith("```") || line.startsWith("~~~")) {
                fence = line.replaceAll("[^`~].*$", "");
            } else if (line.startsWith("|")) {
                table.add(line);
            } else {
                out.add(block(line));
            }
        }
        if (!table.isEmpty()) {
            addTable(out, table);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).style() == Style.BLANK) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static ReportPreviewLine block(String line) {
        if (line.isBlank()) {
            return new ReportPreviewLine("", Style.BLANK);
        }
        if (line.startsWith("# ")) {
            return new ReportPreviewLine(inline(line.substring(2)), Style.TITLE);
        }
        if (line.startsWith("## ")) {
            return new ReportPreviewLine(inline(line.substring(3)), Style.HEADING);
        }
        if (line.startsWith("### ")) {
            return new ReportPreviewLine(inline(line.substring(4)), Style.SUBHEADING);
        }
        if (line.startsWith("> ")) {
            return new ReportPreviewLine(inline(line.substring(2)), Style.QUOTE);
        }
        if (line.startsWith("- ") || line.startsWith("* ")) {
            return new ReportPreviewLine("\u2022 " + inline(line.substring(2)), Style.BULLET);
        }
        return new ReportPreviewLine(inline(line.stripTrailing()), Style.TEXT);
    }

    /** The text a reader of the rendered Markdown would see. */
    static String inline(String text) {
        String shown = LINK.matcher(text).replaceAll("$1");
        shown = STRONG.matcher(shown).replaceAll("");
        shown = BREAK.matcher(shown).replaceAll(" \u21B5 ");
        return ESCAPE.matcher(shown).replaceAll("$1");
    }

    private static void addTable(List<ReportPreviewLine> out, List<String> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (String row : rows) {
            if (!TABLE_RULE.matcher(row).matches()) {
                cells.add(cells(row));
            }
        }
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                if (widths.size() <= i) {
                    widths.add(0);
                }
                widths.set(i, Math.max(widths.get(i), row.get(i).length()));
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder();
            List<String> row = cells.get(r);
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : COLUMN_GAP).append(row.get(i));
                line.append(" ".repeat(i == row.size() - 1 ? 0 : widths.get(i) - row.get(i).length()));
            }
            out.add(new ReportPreviewLine(line.toString(), r == 0 ? Style.TABLE_HEADER : Style.TABLE_ROW));
        }
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        int end = inner.length() > 1 && inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length();
        inner = inner.substring(1, end);
        List<String> cells = new ArrayList<>();
        for (String cell : CELL_SPLIT.split(inner, -1)) {
            cells.add(inline(cell.strip()));
        }
        return cells;
    }
}
