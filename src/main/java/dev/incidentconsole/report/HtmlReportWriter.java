package dev.incidentconsole.report;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.runbook.Runbook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report as one self-contained HTML file: inline CSS, no script, no external resource, light by default with
 * a dark variant, and a print layout. Every value from the evidence or a runbook goes through
 * {@link HtmlEscaping}; class names come only from fixed sets ({@link Tone}).
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String DRILL_BANNER = "<div class=\"drill-banner\" role=\"note\"><strong>EXERCISE</strong> "
            + "This is a drill, not a live incident. Every entry below was recorded during an exercise.</div>\n";

    /** Printed on every page (fixed elements repeat per page), so no single sheet can pass for live evidence. */
    private static final String DRILL_PAGE_MARK = "<div class=\"drill-page-mark\" aria-hidden=\"true\">EXERCISE</div>\n";

    private static final String END_SECTION = "</section>\n";

    private final OutputLinks links;

    public HtmlReportWriter() {
        this(OutputLinks.bundle());
    }

    public HtmlReportWriter(OutputLinks links) {
        this.links = links;
    }

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public void write(IncidentReport report, Writer target) throws IOException {
        Writer out = new BufferedWriter(target);
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"color-scheme\" content=\"light dark\">\n<title>" + h(report.displayTitle()) + " \u00B7 "
                + h(report.incident().id()) + "</title>\n<style>\n" + ReportStyle.css() + "</style>\n</head>\n<body>\n");
        if (report.exercise()) {
            out.write(DRILL_BANNER + DRILL_PAGE_MARK);
        }
        String title = report.exercise() ? "<span class=\"drill-tag\">EXERCISE:</span> " + h(titleWithoutMarker(report))
                : h(report.displayTitle());
        out.write("<header>\n<h1>" + title + "</h1>\n<p class=\"subtitle\">Incident report \u00B7 "
                + h(report.incident().id()) + "</p>\n</header>\n<main>\n");
        section(out, "overview", "Overview");
        facts(out, ReportFacts.overview(report));
        out.write(END_SECTION);
        section(out, "summary", "Summary");
        stats(out, ReportFacts.summary(report.summary()));
        out.write(END_SECTION);
        narrative(out, report.narrative());
        if (!report.incident().parameters().isEmpty()) {
            section(out, "parameters", "Parameters");
            table(out, List.of("Name", "Value"), ReportFacts.sorted(report.incident().parameters()).entrySet().stream()
                    .map(p -> List.of(p.getKey(), p.getValue())).toList());
            out.write(END_SECTION);
        }
        section(out, "hosts", "Hosts");
        table(out, ReportFacts.hostHeaders(), report.hosts().stream().map(ReportFacts::hostRow).toList());
        out.write(END_SECTION);
        runbooks(out, report);
        digest(out, report, "escalations", "Escalations", EntryKind.ESCALATION);
        digest(out, report, "notes", "Notes", EntryKind.NOTE);
        section(out, "timeline", "Timeline");
        out.write(report.timeline().isEmpty() ? "<p class=\"empty\">No entries recorded.</p>\n" : "<ol class=\"timeline\">\n");
        HtmlEntry entries = new HtmlEntry(out, links);
        for (EvidenceEntry entry : report.timeline()) {
            entries.write(report, entry);
        }
        out.write(report.timeline().isEmpty() ? END_SECTION : "</ol>\n" + END_SECTION);
        section(out, "chain", "Evidence chain");
        facts(out, ReportFacts.chain(report));
        out.write(END_SECTION + "</main>\n<footer>\n");
        if (report.exercise()) {
            out.write(DRILL_BANNER);
        }
        out.write("<p>Generated " + h(HumanFormat.time(report.generatedAt())) + " by MCP Incident Console.</p>\n"
                + "</footer>\n</body>\n</html>\n");
        out.flush();
    }

    static String h(String text) {
        return HtmlEscaping.escape(text);
    }

    private static String titleWithoutMarker(IncidentReport report) {
        return report.displayTitle().substring("EXERCISE: ".length());
    }

    private static void section(Writer out, String id, String title) throws IOException {
        out.write("<section id=\"" + id + "\">\n<h2>" + title + "</h2>\n");
    }

    static void facts(Writer out, List<ReportFacts.Fact> facts) throws IOException {
        out.write("<dl class=\"facts\">\n");
        for (ReportFacts.Fact fact : facts) {
            out.write("<dt>" + h(fact.label()) + "</dt><dd" + (fact.code() ? " class=\"hash\"" : "") + ">"
                    + h(fact.value()) + "</dd>\n");
        }
        out.write("</dl>\n");
    }

    private static void stats(Writer out, List<ReportFacts.Stat> stats) throws IOException {
        out.write("<dl class=\"stats\">\n");
        for (ReportFacts.Stat stat : stats) {
            out.write("<div><dt>" + h(stat.label()) + "</dt><dd><span class=\"figure\">" + stat.figure() + "</span>"
                    + (stat.detail().isEmpty() ? "" : " <span class=\"detail\">" + h(stat.detail()) + "</span>")
                    + "</dd></div>\n");
        }
        out.write("</dl>\n");
    }

    private static void narrative(Writer out, ReportNarrative narrative) throws IOException {
        for (ReportNarrative.Section part : narrative.sections()) {
            section(out, "narrative-" + part.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), h(part.title()));
            out.write(part.written() ? "<p class=\"text\">" + h(part.text().strip()) + "</p>\n"
                    : "<p class=\"placeholder\">To be written.</p>\n");
            out.write(END_SECTION);
        }
    }

    static void table(Writer out, List<String> headers, List<List<String>> rows) throws IOException {
        out.write("<table>\n<thead><tr>");
        for (String header : headers) {
            out.write("<th>" + h(header) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.write("<tr>");
            for (String value : row) {
                out.write("<td class=\"lines\">" + h(value) + "</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private static void runbooks(Writer out, IncidentReport report) throws IOException {
        section(out, "runbooks", "Runbooks and steps");
        if (report.runbooks().isEmpty() && report.steps().isEmpty()) {
            out.write("<p class=\"empty\">No runbook was used.</p>\n" + END_SECTION);
            return;
        }
        if (!report.runbooks().isEmpty()) {
            out.write("<ul>\n");
            for (Runbook runbook : report.runbooks()) {
                out.write("<li>" + h(ReportFacts.runbook(runbook)) + "</li>\n");
            }
            out.write("</ul>\n");
        }
        out.write("<table class=\"steps\">\n<thead><tr>");
        for (String header : ReportFacts.stepHeaders()) {
            out.write("<th>" + h(header) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (StepProgress step : report.steps()) {
            List<String> cells = ReportFacts.stepRow(step);
            out.write("<tr><td>" + h(cells.get(0)) + "</td><td>" + h(cells.get(1)) + "</td><td>" + h(cells.get(2))
                    + "</td><td><span class=\"badge " + Tone.of(step.state()).cssClass() + "\">" + h(cells.get(3))
                    + "</span></td></tr>\n");
        }
        out.write("</tbody>\n</table>\n" + END_SECTION);
    }

    private static void digest(Writer out, IncidentReport report, String id, String title, EntryKind kind)
            throws IOException {
        section(out, id, title);
        List<EvidenceEntry> entries = report.entriesOf(kind);
        if (entries.isEmpty()) {
            out.write("<p class=\"empty\">None recorded.</p>\n" + END_SECTION);
            return;
        }
        out.write("<ul class=\"digest\">\n");
        for (EvidenceEntry entry : entries) {
            out.write("<li><a href=\"#entry-" + entry.seq() + "\">" + h(HumanFormat.time(ReportFacts.at(entry)))
                    + "</a> <span class=\"context\">" + h(ReportFacts.context(report, entry)) + "</span>"
                    + "<div class=\"text\">" + h(ReportFacts.orDash(entry.text()).strip()) + "</div></li>\n");
        }
        out.write("</ul>\n" + END_SECTION);
    }
}
