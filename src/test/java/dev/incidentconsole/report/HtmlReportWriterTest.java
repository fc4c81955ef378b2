package dev.incidentconsole.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    private final String html = ReportWriting.write(new HtmlReportWriter(), SampleIncident.report());
    private final Document doc = parseStrictly(html);

    @Test
    void isWellFormedAndSelfContained() {
        assertThat(doc.select("script, link, img, iframe, object, embed, base, form, meta[http-equiv]")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(element -> element.attributes().forEach(attribute ->
                assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("src")));
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("evidence/") || href.startsWith("files/") || href.startsWith("#"));
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("style").first().data()).doesNotContain("url(", "@import", "http")
                .contains("@media (prefers-color-scheme: dark)", "@media print");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }

    @Test
    void hasEverySection() {
        assertThat(doc.select("main > section > h2").eachText()).containsExactly("Overview", "Summary", "Impact",
                "Root cause", "Remediation", "Lessons learned", "Parameters", "Hosts", "Runbooks and steps",
                "Escalations", "Notes", "Timeline", "Evidence chain");
        assertThat(doc.select("#narrative-root-cause .placeholder").text()).isEqualTo("To be written.");
        assertThat(doc.select("#narrative-impact .text").text()).isEqualTo("Tool calls failed for 40 minutes.");
        assertThat(doc.select("#narrative-remediation .placeholder")).isEmpty();
    }

    @Test
    void anExerciseIsUnmistakable() {
        assertThat(doc.title()).startsWith("EXERCISE: Disk full on MCP hosts");
        assertThat(doc.select("h1").text()).isEqualTo("EXERCISE: Disk full on MCP hosts");
        assertThat(doc.select(".drill-banner")).hasSize(2);
        assertThat(doc.select(".drill-banner").first().text()).startsWith("EXERCISE This is a drill, not a live incident.");
        assertThat(doc.select(".drill-page-mark").text()).isEqualTo("EXERCISE");
        assertThat(doc.body().child(0).hasClass("drill-banner")).isTrue();
        Document live = parseStrictly(ReportWriting.write(new HtmlReportWriter(), SampleIncident.report(false, null)));
        assertThat(live.select(".drill-banner")).isEmpty();
        assertThat(live.text()).doesNotContain("EXERCISE");
    }

    @Test
    void everyEntryAppearsInOrderWithItsOwnLinks() {
        assertThat(doc.select("ol.timeline > li").eachAttr("id")).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 18).mapToObj(seq -> "entry-" + seq).toList());
        for (Element entry : doc.select("ol.timeline > li")) {
            String seq = entry.id().substring("entry-".length());
            assertThat(entry.select(".seq").text()).isEqualTo(seq);
            assertThat(entry.select("a[href]").eachAttr("href"))
                    .allMatch(href -> href.equals("evidence/" + seq + "-stdout.bin") || href.equals("evidence/" + seq + "-stderr.bin")
                            || href.startsWith("files/" + seq + "-"));
        }
        assertThat(doc.select("#entry-6 a").eachAttr("href")).containsExactly("evidence/6-stdout.bin", "evidence/6-stderr.bin");
        assertThat(doc.select("#entry-3 a").eachAttr("href")).containsExactly("evidence/3-stderr.bin");
        assertThat(doc.select("#entry-6 time").attr("datetime")).isEqualTo("2026-03-01T09:05:00.250Z");
    }

    @Test
    void commandEntriesShowHowTheyEnded() {
        assertThat(facts("#entry-6")).contains("Outcome timed out, signal TERM", "Completeness timed out",
                "Duration 1.234 s", "Host web-01 (10.0.4.11) as responder", "Step 2. List big files (list-big-files)");
        assertThat(doc.select("#entry-6 .badge").text()).isEqualTo("timed out");
        assertThat(doc.select("#entry-6").hasClass("tone-warn")).isTrue();
        assertThat(doc.select("#entry-9 .badge").text()).isEqualTo("interrupted");
        assertThat(doc.select("#entry-3").hasClass("tone-bad")).isTrue();
        assertThat(doc.select("#entry-2").hasClass("tone-ok")).isTrue();
        assertThat(doc.select("#entry-2 table.outputs td").eachText()).containsSubsequence("stdout", "2,048 bytes",
                SampleIncident.sha256("out2"), "evidence/2-stdout.bin");
    }

    @Test
    void hostileTextIsShownExactlyAsText() {
        assertThat(doc.select("#entry-15 pre.command").text()).isEqualTo(SampleIncident.HOSTILE_COMMAND);
        String note = doc.select("#entry-5 p.text").first().wholeText();
        assertThat(note).isEqualTo(SampleIncident.HOSTILE_NOTE.replace("\u202E", "<U+202E>").replace("\u202C", "<U+202C>"));
        assertThat(html).doesNotContain(SampleIncident.SCRIPT, "]]>", "<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&amp;lt;", "]]&gt;", "&quot;&amp;amp;&quot;");
    }

    @Test
    void hostsTableHasFingerprintsAndClockOffsets() {
        List<String> web = doc.select("#hosts tbody tr").get(0).select("td").eachText();
        assertThat(web).containsExactly("web-01", "10.0.4.11", "responder", SampleIncident.WEB_KEY, "+120 ms to +130 ms", "3", "0");
        List<String> db = doc.select("#hosts tbody tr").get(1).select("td").eachText();
        assertThat(db).contains("db-01", SampleIncident.DB_KEY, "-3.200 s to -3.100 s");
    }

    @Test
    void summaryAndChainHead() {
        assertThat(doc.select("#summary dl.stats > div").eachText()).contains(
                "Commands 6 2 succeeded, 1 cancelled, 1 failed, 1 interrupted, 1 timed out",
                "Steps 7 3 done, 1 skipped, 1 failed, 1 cancelled, 1 open", "Escalations 1", "Hosts 2 2 contacted");
        assertThat(doc.select("#runbooks tbody tr").get(1).select("td").eachText())
                .containsExactly("disk-pressure", "Detect", "2. List big files (list-big-files)", "cancelled");
        assertThat(doc.select("#runbooks tbody tr").get(2).select(".badge").hasClass("tone-bad")).isTrue();
        assertThat(facts("#chain")).contains("Entries 18",
                "Chain head (hash of entry 18) " + SampleIncident.timeline().get(17).entryHash());
        assertThat(doc.select("#escalations li a").attr("href")).isEqualTo("#entry-14");
        assertThat(doc.select("#escalations li").text()).contains("paged storage on-call", "entry 14, by Ana Responder");
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(ReportWriting.write(new HtmlReportWriter(), SampleIncident.report())).isEqualTo(html);
    }

    @Test
    void hostileTextInEveryFieldNeverBecomesMarkup() {
        String hostile = ReportWriting.write(new HtmlReportWriter(), SampleIncident.hostileEverywhere());
        Document parsed = parseStrictly(hostile);
        assertThat(parsed.select("script, h1 ~ h1, table table")).isEmpty();
        assertThat(parsed.select("ol.timeline > li")).hasSize(7);
        assertThat(parsed.select("#hosts tbody tr")).hasSize(1);
        assertThat(parsed.select("#hosts tbody td")).hasSize(7);
        assertThat(hostile).doesNotContain("<script", "</td></tr></table> ", "\u0000", "\u202E");
        assertThat(parsed.select("pre.command").first().text()).contains(SampleIncident.SCRIPT + " | a|b ``` ````");
    }

    @Test
    void aBareOpenIncidentStillReadsWell() {
        var incident = SampleIncident.incident(false);
        var open = new dev.incidentconsole.evidence.IncidentRecord(incident.id(), "", null, false, null, null, List.of(),
                List.of(), java.util.Map.of(), incident.openedAt(), null);
        Document bare = parseStrictly(ReportWriting.write(new HtmlReportWriter(),
                new IncidentReport(open, List.of(), List.of(), null, SampleIncident.GENERATED)));
        assertThat(bare.title()).startsWith("Untitled incident");
        assertThat(bare.select(".placeholder")).hasSize(4);
        assertThat(bare.select("#timeline .empty").text()).isEqualTo("No entries recorded.");
        assertThat(bare.select("#chain dd").eachText()).contains("0", "none (no entries)");
        assertThat(bare.select("#overview dd").eachText()).contains("still open when this report was generated", "1 h 15 min 00 s so far");
    }

    @Test
    void linksFollowTheGivenBase() {
        Document elsewhere = parseStrictly(ReportWriting.write(new HtmlReportWriter(new OutputLinks("/srv/raw \"x\"")),
                SampleIncident.report()));
        assertThat(elsewhere.select("#entry-2 a").attr("href")).isEqualTo("/srv/raw%20%22x%22/2-stdout.bin");
    }

    private List<String> facts(String scope) {
        return doc.select(scope + " > dl.facts > dt").stream()
                .map(dt -> dt.text() + " " + dt.nextElementSibling().text()).toList();
    }

    static Document parseStrictly(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = parser.parseInput(html, "");
        ParseErrorList errors = parser.getErrors();
        assertThat(errors).as("HTML parse errors").isEmpty();
        return document;
    }
}
