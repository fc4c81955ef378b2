package dev.incidentconsole.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.ui.report.ReportPreviewLine.Style;
import org.junit.jupiter.api.Test;

class ReportPreviewFormatTest {

    @Test
    void tablesArePaddedIntoColumnsWithoutTheirRule() {
        assertThat(ReportPreviewFormat.lines("| A | Bee |\n| --- | --- |\n| x\\|y | z |\n")).containsExactly(
                new ReportPreviewLine("A     Bee", Style.TABLE_HEADER),
                new ReportPreviewLine("x|y   z", Style.TABLE_ROW));
    }

    @Test
    void fencedCodeIsKeptAsWrittenUntilTheFenceOfTheSameLengthCloses() {
        assertThat(ReportPreviewFormat.lines("Command:\n\n````sh\necho '```' **x**\n```\n````\nafter")).containsExactly(
                new ReportPreviewLine("Command:", Style.TEXT),
                new ReportPreviewLine("", Style.BLANK),
                new ReportPreviewLine("    echo '```' **x**", Style.CODE),
                new ReportPreviewLine("    ```", Style.CODE),
                new ReportPreviewLine("after", Style.TEXT));
    }

    @Test
    void markupAroundTextIsRemoved() {
        assertThat(ReportPreviewFormat.lines("# Disk \\#1 full\n> **EXERCISE: drill**\n- **03:00** ([out\\]](e/1.bin)): a\\_b"))
                .containsExactly(
                        new ReportPreviewLine("Disk #1 full", Style.TITLE),
                        new ReportPreviewLine("EXERCISE: drill", Style.QUOTE),
                        new ReportPreviewLine("\u2022 03:00 (out]): a_b", Style.BULLET));
    }

    @Test
    void lineBreaksInsideCellsAreShownAsArrows() {
        assertThat(ReportPreviewFormat.inline("first<br>second \\<br> literal")).isEqualTo("first \u21B5 second <br> literal");
    }
}
