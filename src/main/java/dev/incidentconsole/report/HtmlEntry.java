package dev.incidentconsole.report;

import static dev.incidentconsole.report.HtmlReportWriter.h;

import dev.incidentconsole.evidence.EvidenceEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One timeline entry as an HTML list item, anchored as {@code #entry-<seq>} so digests can link to it. */
final class HtmlEntry {

    private final Writer out;
    private final OutputLinks links;

    HtmlEntry(Writer out, OutputLinks links) {
        this.out = out;
        this.links = links;
    }

    void write(IncidentReport report, EvidenceEntry entry) throws IOException {
        Tone tone = Tone.of(entry);
        String at = HumanFormat.time(ReportFacts.at(entry));
        String datetime = ReportFacts.at(entry) == null ? "" : " datetime=\"" + HumanFormat.machineTime(ReportFacts.at(entry)) + "\"";
        out.write("<li class=\"entry " + tone.cssClass() + "\" id=\"entry-" + entry.seq() + "\">\n"
                + "<div class=\"entry-head\"><span class=\"seq\">" + entry.seq() + "</span><time" + datetime + ">"
                + h(at) + "</time><span class=\"kind\">" + ReportFacts.kind(entry) + "</span>" + badge(entry) + "</div>\n");
        HtmlReportWriter.facts(out, ReportFacts.entry(report, entry));
        if (entry.command() != null && !entry.command().isEmpty()) {
            out.write("<div class=\"command-label\">" + ReportFacts.commandLabel(entry) + "</div>\n"
                    + "<pre class=\"command\"><code>" + h(entry.command()) + "</code></pre>\n");
        }
        if (entry.text() != null && !entry.text().isBlank()) {
            out.write("<p class=\"text\">" + h(entry.text().strip()) + "</p>\n");
        }
        outputs(ReportFacts.outputs(entry, links));
        out.write("</li>\n");
    }

    private static String badge(EvidenceEntry entry) {
        if (!CommandOutcome.ranOnHost(entry)) {
            return "";
        }
        return "<span class=\"badge\">" + h(ReportFacts.outcomeLabel(CommandOutcome.of(entry))) + "</span>";
    }

    private void outputs(List<ReportFacts.OutputFile> outputs) throws IOException {
        if (outputs.isEmpty()) {
            return;
        }
        out.write("<table class=\"outputs\">\n<thead><tr><th>Output</th><th>Size</th><th>SHA-256</th><th>File</th></tr></thead>\n<tbody>\n");
        for (ReportFacts.OutputFile output : outputs) {
            String file = output.href() == null ? "<span class=\"empty\">(empty)</span>"
                    : "<a href=\"" + h(output.href()) + "\">" + h(output.href()) + "</a>";
            out.write("<tr><td>" + output.label() + "</td><td>" + h(HumanFormat.bytes(output.length())) + "</td><td>"
                    + h(ReportFacts.orDash(output.sha256())) + "</td><td>" + file + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }
}
