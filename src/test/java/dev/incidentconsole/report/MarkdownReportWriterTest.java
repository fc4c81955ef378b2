package dev.incidentconsole.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EvidenceEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    private final String markdown = ReportWriting.write(new MarkdownReportWriter(), SampleIncident.report());

    @Test
    void hasEverySection() {
        assertThat(markdown).contains("## Summary", "## Impact", "## Root cause", "## Remediation", "## Lessons learned",
                "## Parameters", "## Hosts", "## Runbooks and steps", "## Escalations", "## Notes", "## Timeline",
                "## Evidence chain");
        assertThat(sectionBody("Impact")).contains("Tool calls failed for 40 minutes");
        assertThat(sectionBody("Root cause")).contains("_To be written._");
        assertThat(sectionBody("Lessons learned")).contains("_To be written._");
        assertThat(sectionBody("Remediation")).contains("Rotated logs").doesNotContain("To be written");
    }

    @Test
    void anExerciseIsUnmistakable() {
        assertThat(markdown).startsWith("> **EXERCISE: this is a drill, not a live incident.**");
        assertThat(markdown).contains("# EXERCISE: Disk full on MCP hosts\n");
        assertThat(markdown.strip()).endsWith("Every entry below was recorded during an exercise.");
        String live = ReportWriting.write(new MarkdownReportWriter(), SampleIncident.report(false, null));
        assertThat(live).startsWith("# Disk full on MCP hosts\n").doesNotContain("EXERCISE");
    }

    @Test
    void everyEntryAppearsInOrder() {
        Matcher heading = Pattern.compile("(?m)^### Entry (\\d+) \u00B7 (\\w+) \u00B7 (.+)$").matcher(markdown);
        List<Long> seqs = new ArrayList<>();
        while (heading.find()) {
            seqs.add(Long.parseLong(heading.group(1)));
        }
        assertThat(seqs).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 18).boxed().toList());
        assertThat(markdown).contains("### Entry 6 \u00B7 command \u00B7 2026-03-01 09:05:00.250 UTC");
    }

    @Test
    void commandEntriesShowHowTheyEnded() {
        assertThat(entryBody(6)).contains("- Outcome: timed out, signal TERM", "- Completeness: timed out",
                "- Duration: 1.234 s", "90,000 bytes");
        assertThat(entryBody(3)).contains("- Outcome: failed, exit 1");
        assertThat(entryBody(9)).contains("- Outcome: interrupted, no exit status", "- Completeness: interrupted");
        assertThat(entryBody(7)).contains("- Outcome: cancelled, no exit status");
        assertThat(entryBody(2)).contains("- Parameters: SERVICE=mcp-server.service");
    }

    @Test
    void outputLinksPointAtTheEntrysOwnFiles() {
        assertThat(entryBody(2)).contains("[evidence/2-stdout.bin](evidence/2-stdout.bin)")
                .contains("| stderr | 0 bytes | " + SampleIncident.sha256("err2") + " | (empty) |");
        assertThat(entryBody(3)).contains("(evidence/3-stderr.bin)").doesNotContain("(evidence/3-stdout.bin)");
        assertThat(entryBody(17)).contains("| content | 1,048,576 bytes |", "(files/17-syslog)");
        Matcher links = Pattern.compile("\\]\\(evidence/(\\d+)-(stdout|stderr)\\.bin\\)").matcher(markdown);
        int count = 0;
        while (links.find()) {
            count++;
            long seq = Long.parseLong(links.group(1));
            assertThat(entryBody(seq)).contains(links.group());
        }
        assertThat(count).isEqualTo(7); // and the collected file's, under files/
    }

    @Test
    void anotherBaseIsEncodedIntoTheLinks() {
        String elsewhere = ReportWriting.write(new MarkdownReportWriter(new OutputLinks("../raw out (copy)")),
                SampleIncident.report());
        assertThat(elsewhere).contains("(../raw%20out%20%28copy%29/2-stdout.bin)");
    }

    @Test
    void hostileCommandStaysInsideItsFenceExactly() {
        List<String> fenced = new ArrayList<>();
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                fenced.add(block.getLiteral());
            }
        });
        assertThat(fenced).hasSize(7).contains(SampleIncident.HOSTILE_COMMAND + "\n", "/var/log/syslog\n");
        assertThat(entryBody(15)).contains("\n``````sh\n");
    }

    @Test
    void hostileTextRendersAsTextNotMarkup() {
        Document rendered = Jsoup.parse(HtmlRenderer.builder().build().render(parse(markdown)));
        assertThat(rendered.select("script, img, iframe")).isEmpty();
        assertThat(rendered.select("a[href^=javascript]")).isEmpty();
        assertThat(rendered.select("h1")).hasSize(1);
        assertThat(rendered.select("h1, h2, h3, li").eachText()).noneMatch(text -> text.startsWith("not a"));
        assertThat(rendered.text()).contains(SampleIncident.SCRIPT + " in the tool list | col | col",
                "<img src=x onerror=alert(1)> &lt; ]]>", "# not a heading", "1. not a list either",
                "[link](javascript:alert(1))", "Z\u00FCrich \u2713 \u6771\u4EAC \uD83D\uDE92");
        assertThat(rendered.text()).contains("<U+202E>evil<U+202C>").doesNotContain("\u202E");
    }

    @Test
    void everyTableRowHasAsManyCellsAsItsHeader() {
        assertTablesAreWhole(markdown);
        assertThat(markdown).contains("| Host | Address | User | Host-key fingerprint |");
    }

    private static void assertTablesAreWhole(String text) {
        Integer columns = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("|")) {
                columns = null;
                continue;
            }
            int cells = unescapedPipes(line) - 1;
            if (columns == null) {
                columns = cells;
            }
            assertThat(cells).as(line).isEqualTo(columns);
        }
    }

    @Test
    void hostileTextInEveryFieldNeverBecomesMarkup() {
        String hostile = ReportWriting.write(new MarkdownReportWriter(), SampleIncident.hostileEverywhere());
        assertTablesAreWhole(hostile);
        Document rendered = Jsoup.parse(HtmlRenderer.builder().build().render(parse(hostile)));
        assertThat(rendered.select("script, table")).isEmpty();
        assertThat(rendered.select("h1")).hasSize(1);
        assertThat(rendered.select("h2").eachText()).allMatch(text -> !text.contains("<script>") && !text.equals("h"));
        assertThat(rendered.select("h3")).hasSize(7);
        List<String> fenced = new ArrayList<>();
        parse(hostile).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                fenced.add(block.getLiteral());
            }
        });
        assertThat(fenced).hasSize(7).allMatch(literal -> literal.startsWith(SampleIncident.SCRIPT + " | a|b ``` ````"));
        assertThat(hostile).doesNotContain("\u0000", "\u202E");
    }

    @Test
    void sameInputGivesTheSameBytes() {
        List<EvidenceEntry> reversed = new ArrayList<>(SampleIncident.timeline());
        Collections.reverse(reversed);
        IncidentReport again = new IncidentReport(SampleIncident.incident(true), reversed,
                List.of(SampleIncident.runbook()), SampleIncident.report().narrative(), SampleIncident.GENERATED);
        assertThat(ReportWriting.write(new MarkdownReportWriter(), again)).isEqualTo(markdown);
    }

    @Test
    void endsWithTheChainHead() {
        String head = SampleIncident.timeline().get(17).entryHash();
        assertThat(sectionBody("Evidence chain")).contains("- Entries: 18", "- Chain head (hash of entry 18): `" + head + "`",
                "- Links: consistent");
    }

    private static Node parse(String text) {
        return Parser.builder().build().parse(text);
    }

    private static int unescapedPipes(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                pipes++;
            }
        }
        return pipes;
    }

    private String sectionBody(String title) {
        int start = markdown.indexOf("## " + title + "\n");
        assertThat(start).as(title).isNotNegative();
        int end = markdown.indexOf("\n## ", start + 3);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private String entryBody(long seq) {
        int start = markdown.indexOf("### Entry " + seq + " ");
        assertThat(start).isNotNegative();
        int end = markdown.indexOf("\n### Entry ", start + 3);
        int chain = markdown.indexOf("\n## Evidence chain", start);
        return markdown.substring(start, end < 0 ? chain : end);
    }
}
