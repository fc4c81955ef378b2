package dev.incidentconsole.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.ui.evidence.GridCell.Kind;
import dev.incidentconsole.ui.evidence.OutputComparison.HostColumn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Who is the outlier and which lines differ, without a window. */
class OutputComparisonTest {

    private static final String HEALTHY = "mcp-gateway active\nport 8443 listening\nworkers 8\n";

    /** Host and text pairs, in column order. */
    static Map<String, String> outputs(String... hostAndText) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < hostAndText.length; i += 2) {
            map.put(hostAndText[i], hostAndText[i + 1]);
        }
        return map;
    }

    private static HostColumn column(OutputComparison comparison, String host) {
        return comparison.columns().stream().filter(c -> c.host().equals(host)).findFirst().orElseThrow();
    }

    /** The host's column of the aligned grid, fillers included. */
    private static List<GridCell> cells(OutputComparison comparison, String host) {
        int index = comparison.columns().indexOf(column(comparison, host));
        return comparison.grid().column(index);
    }

    private static List<Kind> kinds(OutputComparison comparison, String host) {
        return cells(comparison, host).stream().map(GridCell::kind).toList();
    }

    @Test
    void theOneHostThatDiffersFromTheOtherTwoIsTheOutlierAndOnlyItsChangedLineIsMarked() {
        OutputComparison comparison = OutputComparison.of(outputs("web-1", HEALTHY, "web-2", HEALTHY,
                "web-3", "mcp-gateway active\nport 8443 refused\nworkers 8\n"));

        assertThat(comparison.outliers()).containsExactly("web-3");
        assertThat(comparison.summary()).isEqualTo("web-3 differs from the majority.");
        HostColumn outlier = column(comparison, "web-3");
        assertThat(outlier.verdict()).isEqualTo("differs from all 2 other hosts");
        assertThat(kinds(comparison, "web-3")).containsExactly(Kind.SAME, Kind.DIFFERS, Kind.SAME);
        assertThat(outlier.differingLines()).isEqualTo(1);
        HostColumn healthy = column(comparison, "web-1");
        assertThat(healthy.outlier()).isFalse();
        assertThat(healthy.verdict()).isEqualTo("same as 1 of 2 other hosts");
        assertThat(kinds(comparison, "web-1")).containsOnly(Kind.SAME);
        assertThat(comparison.grid().differences()).containsExactly(new CompareGrid.Difference(1, 1));
        assertThat(comparison.columns()).extracting(HostColumn::host).containsExactly("web-1", "web-2", "web-3");
    }

    @Test
    void linesTheMajorityHasAndAHostLacksAreShownWhereTheyAreMissing() {
        OutputComparison comparison = OutputComparison.of(outputs("a", HEALTHY, "b", HEALTHY, "c", HEALTHY,
                "d", "mcp-gateway active\n"));

        HostColumn short_ = column(comparison, "d");
        assertThat(short_.verdict()).isEqualTo("differs from all 3 other hosts");
        assertThat(cells(comparison, "d")).containsExactly(new GridCell(1, "mcp-gateway active", Kind.SAME),
                GridCell.MISSING, GridCell.MISSING);
        assertThat(short_.missingLines()).isEqualTo(2);
        assertThat(short_.differingLines()).isZero();
        assertThat(column(comparison, "a").verdict()).isEqualTo("same as 2 of 3 other hosts");
    }

    @Test
    void anExtraLineOnOneHostIsMarkedOnThatHostOnly() {
        OutputComparison comparison = OutputComparison.of(outputs("a", HEALTHY, "b", HEALTHY,
                "c", "mcp-gateway active\nOOM killer invoked\nport 8443 listening\nworkers 8\n"));

        assertThat(kinds(comparison, "c")).containsExactly(Kind.SAME, Kind.DIFFERS, Kind.SAME, Kind.SAME);
        assertThat(cells(comparison, "a")).containsExactly(new GridCell(1, "mcp-gateway active", Kind.SAME), GridCell.FILLER,
                new GridCell(2, "port 8443 listening", Kind.SAME), new GridCell(3, "workers 8", Kind.SAME));
    }

    @Test
    void identicalOutputsAgreeAndLineEndingsDoNotMatter() {
        OutputComparison comparison = OutputComparison.of(outputs("a", HEALTHY, "b", HEALTHY.replace("\n", "\r\n"),
                "c", HEALTHY.strip()));

        assertThat(comparison.summary()).isEqualTo("All 3 hosts printed the same output.");
        assertThat(comparison.outliers()).isEmpty();
        assertThat(column(comparison, "b").verdict()).isEqualTo("same as the other 2 hosts");
    }

    @Test
    void withoutAMajorityNobodyIsFlaggedButTheDifferencesStillShow() {
        OutputComparison comparison = OutputComparison.of(outputs("a", "x\ny\n", "b", "x\ny\n", "c", "x\nz\n", "d", "x\nq\n"));

        assertThat(comparison.outliers()).isEmpty();
        assertThat(comparison.summary()).isEqualTo("No majority: the 4 hosts printed 3 different outputs.");
        assertThat(kinds(comparison, "a")).containsExactly(Kind.SAME, Kind.DIFFERS);
        assertThat(kinds(comparison, "c")).containsExactly(Kind.SAME, Kind.DIFFERS);
    }

    @Test
    void twoHostsThatDisagreeMarkEachOthersLines() {
        OutputComparison comparison = OutputComparison.of(outputs("a", "same\nleft\n", "b", "same\nright\n"));

        assertThat(comparison.outliers()).isEmpty();
        assertThat(kinds(comparison, "a")).containsExactly(Kind.SAME, Kind.DIFFERS);
        assertThat(kinds(comparison, "b")).containsExactly(Kind.SAME, Kind.DIFFERS);
        assertThat(column(comparison, "a").verdict()).isEqualTo("differs from the other host");
    }

    @Test
    void veryLongOutputIsComparedUpToTheLimitAndSaysSo() {
        String big = IntStream.range(0, OutputComparison.MAX_LINES + 500).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        OutputComparison comparison = OutputComparison.of(outputs("a", big, "b", big, "c", big.replace("line 77\n", "line 77!\n")));

        HostColumn c = column(comparison, "c");
        assertThat(c.truncated()).isTrue();
        assertThat(comparison.grid().rows()).hasSize(OutputComparison.MAX_LINES);
        assertThat(cells(comparison, "c").get(77)).isEqualTo(new GridCell(78, "line 77!", Kind.DIFFERS));
        assertThat(comparison.grid().differences()).containsExactly(new CompareGrid.Difference(77, 77));
        assertThat(comparison.outliers()).containsExactly("c");
    }
}
