package dev.incidentconsole.report;

import static dev.incidentconsole.report.MarkdownEscaping.cell;
import static dev.incidentconsole.report.MarkdownEscaping.afterLabel;
import static dev.incidentconsole.report.MarkdownEscaping.paragraphs;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.runbook.Runbook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The report as GitHub-flavoured Markdown. Every value from the evidence or a runbook is escaped (see
 * {@link MarkdownEscaping}); commands sit in fences longer than any backtick run they contain.
 */
public final class MarkdownReportWriter implements ReportWriter {

    private static final String DRILL_BANNER = "> **EXERCISE: this is a drill, not a live incident.** "
            + "Every entry below was recorded during an exercise.";

    private final OutputLinks links;

    public MarkdownReportWriter() {
        this(OutputLinks.bundle());
    }

    public MarkdownReportWriter(OutputLinks links) {
        this.links = links;
    }

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public void write(IncidentReport report, Writer target) throws IOException {
        Writer out = new BufferedWriter(target);
        if (report.exercise()) {
            out.write(DRILL_BANNER + "\n\n");
        }
        out.write("# " + MarkdownEscaping.heading(report.displayTitle()) + "\n\n");
        factTable(out, ReportFacts.overview(report));
        out.write("## Summary\n\n");
        for (ReportFacts.Stat stat : ReportFacts.summary(report.summary())) {
            out.write("- " + stat.label() + ": " + afterLabel(stat.inWords(), "  ") + "\n");
        }
        out.write("\n");
        for (ReportNarrative.Section section : report.narrative().sections()) {
            out.write("## " + section.title() + "\n\n");
            out.write(section.written() ? paragraphs(section.text()) : "_To be written._");
            out.write("\n\n");
        }
        parameters(out, report.incident().parameters());
        out.write("## Hosts\n\n");
        table(out, ReportFacts.hostHeaders(), report.hosts().stream().map(ReportFacts::hostRow).toList());
        runbooks(out, report);
        digest(out, report, "Escalations", EntryKind.ESCALATION);
        digest(out, report, "Notes", EntryKind.NOTE);
        out.write("## Timeline\n\n");
        if (report.timeline().isEmpty()) {
            out.write("No entries recorded.\n\n");
        }
        for (EvidenceEntry entry : report.timeline()) {
            entry(out, report, entry);
        }
        chain(out, report);
        if (report.exercise()) {
            out.write("\n" + DRILL_BANNER + "\n");
        }
        out.flush();
    }

    private static void factTable(Writer out, List<ReportFacts.Fact> facts) throws IOException {
        table(out, List.of("Field", "Value"), facts.stream().map(f -> List.of(f.label(), f.value())).toList());
    }

    private static void factList(Writer out, List<ReportFacts.Fact> facts) throws IOException {
        for (ReportFacts.Fact fact : facts) {
            String value = fact.code() ? MarkdownEscaping.codeSpan(fact.value()) : afterLabel(fact.value(), "  ");
            out.write("- " + fact.label() + ": " + value + "\n");
        }
        out.write("\n");
    }

    private static void table(Writer out, List<String> headers, List<List<String>> rows) throws IOException {
        out.write("| " + String.join(" | ", headers) + " |\n|" + " --- |".repeat(headers.size()) + "\n");
        for (List<String> row : rows) {
            out.write("|");
            for (String value : row) {
                out.write(" " + cell(value) + " |");
            }
            out.write("\n");
        }
        out.write("\n");
    }

    private static void parameters(Writer out, Map<String, String> parameters) throws IOException {
        if (parameters.isEmpty()) {
            return;
        }
        out.write("## Parameters\n\n");
        table(out, List.of("Name", "Value"), ReportFacts.sorted(parameters).entrySet().stream()
                .map(p -> List.of(p.getKey(), p.getValue())).toList());
    }

    private static void runbooks(Writer out, IncidentReport report) throws IOException {
        out.write("## Runbooks and steps\n\n");
        if (report.runbooks().isEmpty() && report.steps().isEmpty()) {
            out.write("No runbook was used.\n\n");
            return;
        }
        for (Runbook runbook : report.runbooks()) {
            out.write("- " + afterLabel(ReportFacts.runbook(runbook), "  ") + "\n");
        }
        if (!report.runbooks().isEmpty()) {
            out.write("\n");
        }
        table(out, ReportFacts.stepHeaders(), report.steps().stream().map(ReportFacts::stepRow).toList());
    }

    private static void digest(Writer out, IncidentReport report, String title, EntryKind kind) throws IOException {
        out.write("## " + title + "\n\n");
        List<EvidenceEntry> entries = report.entriesOf(kind);
        if (entries.isEmpty()) {
            out.write("None recorded.\n\n");
            return;
        }
        for (EvidenceEntry entry : entries) {
            out.write("- **" + HumanFormat.time(ReportFacts.at(entry)) + "** ("
                    + afterLabel(ReportFacts.context(report, entry), "  ") + "): " + afterLabel(entry.text(), "  ") + "\n");
        }
        out.write("\n");
    }

    private void entry(Writer out, IncidentReport report, EvidenceEntry entry) throws IOException {
        out.write("### Entry " + entry.seq() + " \u00B7 " + ReportFacts.kind(entry) + " \u00B7 "
                + HumanFormat.time(ReportFacts.at(entry)) + "\n\n");
        factList(out, ReportFacts.entry(report, entry));
        if (entry.command() != null && !entry.command().isEmpty()) {
            String command = VisibleText.of(entry.command());
            String fence = MarkdownEscaping.fenceFor(command);
            out.write(ReportFacts.commandLabel(entry) + ":\n\n" + fence + (entry.kind() == EntryKind.FILE ? "text" : "sh")
                    + "\n" + command + (command.endsWith("\n") ? "" : "\n") + fence + "\n\n");
        }
        if (entry.text() != null && !entry.text().isBlank()) {
            out.write(paragraphs(entry.text()) + "\n\n");
        }
        List<ReportFacts.OutputFile> outputs = ReportFacts.outputs(entry, links);
        if (!outputs.isEmpty()) {
            out.write("| Output | Size | SHA-256 | File |\n| --- | --- | --- | --- |\n");
            for (ReportFacts.OutputFile output : outputs) {
                String file = output.href() == null ? "(empty)" : "[" + cell(output.href()) + "](" + output.href() + ")";
                out.write("| " + output.label() + " | " + HumanFormat.bytes(output.length()) + " | "
                        + cell(ReportFacts.orDash(output.sha256())) + " | " + file + " |\n");
            }
            out.write("\n");
        }
    }

    private static void chain(Writer out, IncidentReport report) throws IOException {
        out.write("## Evidence chain\n\n");
        factList(out, ReportFacts.chain(report));
    }
}
