package dev.incidentconsole.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Find in output without a window: matches ignoring case, counts, moving between matches as lines come and go. */
class OutputSearchTest {

    private static List<OutputLine> lines(long firstOrdinal, String... texts) {
        List<OutputLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new OutputLine(firstOrdinal + i, false, texts[i], false, false));
        }
        return lines;
    }

    @Test
    void findsEveryOccurrenceIgnoringCaseWithoutOverlaps() {
        assertThat(OutputSearch.occurrences("Error: error ERROR errors", "error")).containsExactly(0, 7, 13, 19);
        assertThat(OutputSearch.occurrences("aaaa", "aa")).containsExactly(0, 2);
        assertThat(OutputSearch.occurrences("nothing here", "zzz")).isEmpty();
        assertThat(OutputSearch.occurrences("stra\u00dfe", "STRA\u00dfE")).containsExactly(0);
    }

    @Test
    void countsMovesAndWraps() {
        OutputSearch search = new OutputSearch();
        search.search("fail", lines(0, "ok", "FAIL one", "fine", "fail two, fail three"));

        assertThat(search.countText()).isEqualTo("3 matches");
        assertThat(search.next()).contains(new OutputSearch.Match(1, 0));
        assertThat(search.countText()).isEqualTo("1 of 3");
        assertThat(search.next()).contains(new OutputSearch.Match(3, 0));
        assertThat(search.next()).contains(new OutputSearch.Match(3, 10));
        assertThat(search.next()).contains(new OutputSearch.Match(1, 0));
        assertThat(search.previous()).contains(new OutputSearch.Match(3, 10));
        assertThat(search.countText()).isEqualTo("3 of 3");
    }

    @Test
    void previousFromNoMatchGoesToTheNewest() {
        OutputSearch search = new OutputSearch();
        search.search("x", lines(0, "x", "x", "x"));
        assertThat(search.previous()).contains(new OutputSearch.Match(2, 0));
    }

    @Test
    void arrivingLinesAddMatchesAndLinesThatScrollOutTakeTheirsAlong() {
        OutputSearch search = new OutputSearch();
        search.search("disk", lines(0, "disk full", "ok", "disk ok"));
        search.next();
        search.next();
        assertThat(search.current()).contains(new OutputSearch.Match(2, 0));

        search.appended(lines(3, "no", "DISK again"));
        search.trimmedBefore(2);

        assertThat(search.count()).isEqualTo(2);
        assertThat(search.current()).contains(new OutputSearch.Match(2, 0));
        assertThat(search.countText()).isEqualTo("1 of 2");
        search.trimmedBefore(10);
        assertThat(search.countText()).isEqualTo("no matches");
        assertThat(search.current()).isEmpty();
    }

    @Test
    void unfinishedLinesAreNotCountedAndABlankQuerySaysNothing() {
        OutputSearch search = new OutputSearch();
        search.search("abc", List.of(new OutputLine(0, false, "abc", false, true)));
        assertThat(search.countText()).isEqualTo("no matches");
        search.search("", lines(0, "abc"));
        assertThat(search.active()).isFalse();
        assertThat(search.countText()).isEmpty();
    }

    @Test
    void countsAreWrittenWithGroupedDigitsAndSizesInDecimalUnits() {
        assertThat(List.of(0L, 999L, 1_000L, 1_234_567L, -45_000L).stream().map(CountText::number).toList())
                .containsExactly("0", "999", "1,000", "1,234,567", "-45,000");
        assertThat(CountText.bytes(999)).isEqualTo("999 B");
        assertThat(CountText.bytes(1_500)).isEqualTo("1.5 KB");
        assertThat(CountText.bytes(101_315_790)).isEqualTo("101 MB");
        assertThat(CountText.of(1, 6, 0)).isEqualTo("1 line \u00b7 6 B out");
        assertThat(CountText.of(12_345, 1_200_000, 80)).isEqualTo("12,345 lines \u00b7 1.2 MB out \u00b7 80 B err");
    }

    @Test
    void stopsCountingAtTheCapAndSaysSo() {
        OutputSearch search = new OutputSearch();
        search.search("a", lines(0, "a".repeat(OutputSearch.MAX_MATCHES + 5)));
        assertThat(search.count()).isEqualTo(OutputSearch.MAX_MATCHES);
        assertThat(search.countText()).isEqualTo("100,000+ matches");
    }
}
