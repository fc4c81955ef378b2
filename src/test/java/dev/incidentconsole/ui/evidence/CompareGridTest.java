package dev.incidentconsole.ui.evidence;

import static dev.incidentconsole.ui.evidence.OutputComparisonTest.outputs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.ui.evidence.CompareGrid.Difference;
import dev.incidentconsole.ui.evidence.GridCell.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The aligned grid: every host's lines read back from it, rows line up, and only real differences show. */
class CompareGridTest {

    private static final String BASE = "mcp-gateway active\nport 8443 listening\nworkers 8\nqueue 0\nuptime 3d\n";

    private static List<String> texts(CompareRow row) {
        return row.cells().stream().map(GridCell::text).toList();
    }

    private static String joined(CompareRow row) {
        return String.join("|", texts(row));
    }

    private static List<Kind> kinds(CompareRow row) {
        return row.cells().stream().map(GridCell::kind).toList();
    }

    @Test
    void identicalOutputsGiveNoDifferingRows() {
        CompareGrid grid = OutputComparison.of(outputs("a", BASE, "b", BASE, "c", BASE.replace("\n", "\r\n"))).grid();

        assertThat(grid.rows()).hasSize(5).noneMatch(CompareRow::differs);
        assertThat(grid.differences()).isEmpty();
    }

    @Test
    void oneChangedLineOnOneOfThreeHostsIsExactlyOneDifferingRowOnThatHost() {
        CompareGrid grid = OutputComparison.of(outputs("a", BASE, "b", BASE.replace("workers 8", "workers 0"), "c", BASE)).grid();

        assertThat(grid.rows()).hasSize(5);
        assertThat(grid.differences()).containsExactly(new Difference(2, 2));
        assertThat(kinds(grid.rows().get(2))).containsExactly(Kind.SAME, Kind.DIFFERS, Kind.SAME);
        assertThat(texts(grid.rows().get(2))).containsExactly("workers 8", "workers 0", "workers 8");
    }

    @Test
    void aLineOnlyOneHostHasGetsARowOfItsOwnAndTheRowsBelowStillLineUp() {
        CompareGrid grid = OutputComparison.of(outputs("a", BASE, "b", BASE.replace("workers 8\n", "workers 8\nOOM killer invoked\n"),
                "c", BASE)).grid();

        assertThat(grid.rows()).hasSize(6);
        assertThat(grid.differences()).containsExactly(new Difference(3, 3));
        assertThat(grid.rows().get(3).cells()).containsExactly(GridCell.FILLER, new GridCell(4, "OOM killer invoked", Kind.DIFFERS),
                GridCell.FILLER);
        assertThat(texts(grid.rows().get(4))).containsOnly("queue 0");
        assertThat(grid.rows().get(4).cells()).extracting(GridCell::lineNumber).containsExactly(4, 5, 4);
    }

    @Test
    void aLineOneHostLacksLeavesItAMissingCell() {
        CompareGrid grid = OutputComparison.of(outputs("a", BASE, "b", BASE, "c", BASE.replace("queue 0\n", ""))).grid();

        assertThat(grid.differences()).containsExactly(new Difference(3, 3));
        assertThat(kinds(grid.rows().get(3))).containsExactly(Kind.SAME, Kind.SAME, Kind.MISSING);
        assertThat(grid.rows().get(4).cells()).extracting(GridCell::lineNumber).containsExactly(5, 5, 4);
    }

    @Test
    void hostsThatAddTheSameLineAtTheSamePlaceShareItsRow() {
        CompareGrid grid = OutputComparison.of(outputs("a", BASE, "b", BASE,
                "c", "panic: out of memory\n" + BASE, "d", "panic: out of memory\n" + BASE.replace("uptime 3d", "uptime 1m"))).grid();

        assertThat(grid.rows().get(0).cells()).containsExactly(GridCell.FILLER, GridCell.FILLER,
                new GridCell(1, "panic: out of memory", Kind.DIFFERS), new GridCell(1, "panic: out of memory", Kind.DIFFERS));
        assertThat(grid.differences()).containsExactly(new Difference(0, 0), new Difference(5, 5));
    }

    @Test
    void aChangedBlockPairsItsLinesAndTheLongerSideGetsRowsOfItsOwn() {
        CompareGrid grid = OutputComparison.of(outputs("a", "x\n1\n2\ny\n", "b", "x\n1\n2\ny\n", "c", "x\nA\nB\nC\ny\n")).grid();

        assertThat(grid.rows()).extracting(CompareGridTest::joined).containsExactly(
                "x|x|x", "1|1|A", "2|2|B", "||C", "y|y|y");
        assertThat(grid.differences()).containsExactly(new Difference(1, 3));
    }

    @Test
    void outputsThatBarelyShareALinePairByPositionInsteadOfBeingDiffed() {
        List<String> alpha = IntStream.range(0, 4_000).mapToObj(i -> "alpha pid " + i).toList();
        List<String> beta = IntStream.range(0, 4_100).mapToObj(i -> "beta pid " + i).toList();
        assertThat(LineAlignment.worthDiffing(alpha, beta)).isFalse();
        List<String> alphaWithFewEdits = new ArrayList<>(alpha);
        for (int i = 0; i < 50; i++) {
            alphaWithFewEdits.set(i * 80, "changed " + i);
        }
        assertThat(LineAlignment.worthDiffing(alpha, alphaWithFewEdits)).isTrue();

        CompareGrid grid = OutputComparison.of(outputs("alpha", String.join("\n", alpha) + "\n",
                "beta", String.join("\n", beta) + "\n")).grid();

        assertThat(grid.rows()).hasSize(4_100);
        assertThat(grid.rows().get(10).cells()).extracting(GridCell::lineNumber).containsExactly(11, 11);
        assertThat(grid.rows().get(4_050).cells().get(0).filler()).isTrue();
        assertThat(grid.column(1).stream().filter(cell -> !cell.filler()).map(GridCell::text).toList()).isEqualTo(beta);
    }

    @Test
    void noHostsOrOneHostGiveNothingToJumpTo() {
        assertThat(OutputComparison.of(Map.of()).grid().rows()).isEmpty();
        CompareGrid one = OutputComparison.of(outputs("only", BASE)).grid();
        assertThat(one.rows()).hasSize(5);
        assertThat(one.differences()).isEmpty();
        assertThat(OutputComparison.of(outputs("a", "", "b", "")).grid().rows()).isEmpty();
    }

    /** Outputs made by editing one base, as real hosts' outputs differ, plus now and then one unrelated. */
    @Property(tries = 400)
    void everyHostsLinesReadBackFromTheGridAndKindsFollowTheMajority(@ForAll Random random) {
        List<String> base = randomLines(random, random.nextInt(25));
        Map<String, String> outputs = new LinkedHashMap<>();
        int hosts = 1 + random.nextInt(6);
        for (int h = 0; h < hosts; h++) {
            List<String> lines = random.nextInt(8) == 0 ? randomLines(random, random.nextInt(10)) : edited(random, base);
            outputs.put("host-" + h, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
        }
        OutputComparison comparison = OutputComparison.of(outputs);
        CompareGrid grid = comparison.grid();

        List<String> names = new ArrayList<>(outputs.keySet());
        for (int h = 0; h < hosts; h++) {
            List<GridCell> column = grid.column(h);
            List<String> readBack = column.stream().filter(cell -> !cell.filler()).map(GridCell::text).toList();
            assertThat(readBack).as("lines of %s", names.get(h)).isEqualTo(OutputComparison.lines(outputs.get(names.get(h))));
            assertThat(column.stream().filter(cell -> !cell.filler()).map(GridCell::lineNumber).toList())
                    .isEqualTo(IntStream.rangeClosed(1, readBack.size()).boxed().toList());
            long differing = column.stream().filter(cell -> cell.kind() == Kind.DIFFERS).count();
            assertThat(comparison.columns().get(h).differingLines()).isEqualTo(differing);
        }
        for (CompareRow row : grid.rows()) {
            assertThat(row.cells()).as("no row is all fillers").anyMatch(cell -> !cell.filler());
            for (GridCell cell : row.cells()) {
                if (cell.filler()) {
                    continue;
                }
                long support = row.cells().stream().filter(other -> !other.filler() && other.text().equals(cell.text())).count();
                Kind expected = hosts > 1 && 2 * support <= hosts ? Kind.DIFFERS : Kind.SAME;
                assertThat(cell.kind()).isEqualTo(expected);
            }
        }
        if (outputs.values().stream().map(OutputComparison::lines).distinct().count() == 1) {
            assertThat(grid.differences()).isEmpty();
        }
        assertRunsAreMaximal(grid);
    }

    private static void assertRunsAreMaximal(CompareGrid grid) {
        boolean[] inRun = new boolean[grid.rows().size()];
        int previousEnd = -2;
        for (Difference run : grid.differences()) {
            assertThat(run.firstRow()).isGreaterThan(previousEnd + 1);
            for (int row = run.firstRow(); row <= run.lastRow(); row++) {
                inRun[row] = true;
            }
            previousEnd = run.lastRow();
        }
        for (int row = 0; row < inRun.length; row++) {
            assertThat(grid.rows().get(row).differs()).as("row %d", row).isEqualTo(inRun[row]);
        }
    }

    /** Few distinct words, so lines repeat and the diff meets ambiguous matches. */
    private static List<String> randomLines(Random random, int count) {
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add("line " + (char) ('a' + random.nextInt(5)));
        }
        return lines;
    }

    private static List<String> edited(Random random, List<String> base) {
        List<String> lines = new ArrayList<>(base);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = lines.isEmpty() ? 0 : random.nextInt(lines.size() + 1);
            switch (random.nextInt(3)) {
                case 0 -> lines.add(at, "inserted " + random.nextInt(3));
                case 1 -> {
                    if (at < lines.size()) {
                        lines.remove(at);
                    }
                }
                default -> {
                    if (at < lines.size()) {
                        lines.set(at, "changed " + random.nextInt(3));
                    }
                }
            }
        }
        return lines;
    }
}
