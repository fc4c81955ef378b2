package dev.incidentconsole.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapingTest {

    @Test
    void htmlEscapesEveryCharacterThatCouldOpenMarkup() {
        assertThat(HtmlEscaping.escape("<a href=\"x\" title='y'>&amp;</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
        assertThat(HtmlEscaping.escape("plain text")).isEqualTo("plain text");
        assertThat(HtmlEscaping.escape(null)).isEmpty();
    }

    @Test
    void controlAndBidiCharactersBecomeVisible() {
        assertThat(VisibleText.of("a\u0000b\u001B[31mc\r\nd\te")).isEqualTo("a\u2400b\u241B[31mc\nd\te");
        assertThat(VisibleText.of("ok \u202Etxt.exe")).isEqualTo("ok <U+202E>txt.exe");
        assertThat(VisibleText.of("lone \uD800 surrogate")).isEqualTo("lone <U+D800> surrogate");
        assertThat(VisibleText.of("caf\u00E9 \uD83D\uDE92")).isEqualTo("caf\u00E9 \uD83D\uDE92");
    }

    @Test
    void markdownCellsCannotSplitOrBreakTheirRow() {
        assertThat(MarkdownEscaping.cell("a | b\nc")).isEqualTo("a \\| b<br>c");
        assertThat(MarkdownEscaping.cell("<b>*x*</b> `y` [z](w) &lt;")).isEqualTo("\\<b\\>\\*x\\*\\</b\\> \\`y\\` \\[z\\](w) \\&lt;");
    }

    @Test
    void markdownTextCannotStartBlocks() {
        assertThat(MarkdownEscaping.paragraphs("# h\n> q\n- l\n12. n\n    code\n===\n2.5 s"))
                .isEqualTo("\\# h\\\n\\> q\\\n\\- l\\\n12\\. n\\\ncode\\\n\\===\\\n2.5 s");
        assertThat(MarkdownEscaping.afterLabel("1. one\n\n\n- two\nthree", "  "))
                .isEqualTo("1. one\n\n  \\- two\\\n  three");
        assertThat(MarkdownEscaping.heading("Fix #42 *now*\nplease #")).isEqualTo("Fix \\#42 \\*now\\* please \\#");
    }

    @Test
    void fencesAndCodeSpansOutgrowEveryBacktickRun() {
        assertThat(MarkdownEscaping.fenceFor("echo hi")).isEqualTo("```");
        assertThat(MarkdownEscaping.fenceFor("a ```` b")).isEqualTo("`````");
        assertThat(MarkdownEscaping.codeSpan("x `` y")).isEqualTo("```x `` y```");
        assertThat(MarkdownEscaping.codeSpan("`tick")).isEqualTo("`` `tick ``");
    }

    @Test
    void linkBasesArePercentEncoded() {
        assertThat(new OutputLinks("evidence").stdout(7)).isEqualTo("evidence/7-stdout.bin");
        assertThat(new OutputLinks("").stderr(7)).isEqualTo("7-stderr.bin");
        assertThat(new OutputLinks("my \"dir\" <x>/").stdout(1)).isEqualTo("my%20%22dir%22%20%3Cx%3E/1-stdout.bin");
        assertThat(new OutputLinks("d\u00E9j\u00E0").stdout(1)).isEqualTo("d%C3%A9j%C3%A0/1-stdout.bin");
    }

    @Test
    void humanFormatsAreStable() {
        assertThat(HumanFormat.duration(java.time.Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(HumanFormat.duration(java.time.Duration.ofMillis(12_345))).isEqualTo("12.345 s");
        assertThat(HumanFormat.duration(java.time.Duration.ofSeconds(245))).isEqualTo("4 min 05 s");
        assertThat(HumanFormat.duration(java.time.Duration.ofSeconds(7_385))).isEqualTo("2 h 03 min 05 s");
        assertThat(HumanFormat.bytes(1_048_576)).isEqualTo("1,048,576 bytes");
        assertThat(HumanFormat.offset(-3_200)).isEqualTo("-3.200 s");
    }
}
