package dev.incidentconsole.ui.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.runbook.TimeBox;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The text rules of the preview, without a window: parameter references, time boxes, prose paragraphs. */
class PreviewTextTest {

    @Test
    void onlyDeclaredParametersAreReferences() {
        var pieces = ParameterReferences.split("curl \"http://${HOST}:${PORT}/x\" && echo ${LOCAL} ${PORT:-80}", Set.of("PORT"));
        assertThat(pieces).filteredOn(ParameterReferences.Piece::isReference)
                .extracting(ParameterReferences.Piece::text).containsExactly("${PORT}", "${PORT:-80}");
        assertThat(pieces.stream().map(ParameterReferences.Piece::text).reduce("", String::concat))
                .isEqualTo("curl \"http://${HOST}:${PORT}/x\" && echo ${LOCAL} ${PORT:-80}");
    }

    @Test
    void timeBoxesStartingAtZeroTakeTheUnitOfTheirEnd() {
        assertThat(TimeBoxText.format(new TimeBox(Duration.ZERO, Duration.ofMinutes(5)))).isEqualTo("0m\u20135m");
        assertThat(TimeBoxText.format(new TimeBox(Duration.ofMinutes(5), Duration.ofMinutes(15)))).isEqualTo("5m\u201315m");
        assertThat(TimeBoxText.format(new TimeBox(Duration.ZERO, Duration.ofHours(4)))).isEqualTo("0h\u20134h");
    }

    @Test
    void proseJoinsSourceLinesAndSplitsOnBlankLines() {
        assertThat(InlineText.paragraphs("First line\n   continues here.\n\n  Second `code` paragraph.\n"))
                .containsExactly("First line continues here.", "Second `code` paragraph.");
        assertThat(InlineText.texts("run `ls -l` then **stop** `here")).extracting(t -> t.getText() + "|" + String.join(" ", t.getStyleClass()))
                .containsExactly("run |", "ls -l|inline-code", " then |", "stop|inline-bold", " |", "`here|");
    }
}
