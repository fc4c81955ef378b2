package dev.incidentconsole.ui.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The outputs of several hosts aligned row by row: row {@code i} is the same place in every host's output, so
 * an extra line on one host shows as a filler on the others instead of shifting everything below it.
 */
public final class CompareGrid {

    /** A maximal run of consecutive rows that differ, {@code firstRow} to {@code lastRow} inclusive. */
    public record Difference(int firstRow, int lastRow) {
    }

    private final List<CompareRow> rows;
    private final int hostCount;
    private final List<Difference> differences;
    private final int widestLine;

    CompareGrid(List<CompareRow> rows, int hostCount) {
        this.rows = List.copyOf(rows);
        this.hostCount = hostCount;
        this.differences = runs(this.rows);
        this.widestLine = this.rows.stream().flatMap(row -> row.cells().stream())
                .mapToInt(cell -> cell.text().length()).max().orElse(0);
    }

    public List<CompareRow> rows() {
        return rows;
    }

    public int hostCount() {
        return hostCount;
    }

    public List<Difference> differences() {
        return differences;
    }

    /** Characters in the longest line of any host, to size the horizontal scroll. */
    public int widestLine() {
        return widestLine;
    }

    /** One host's cells top to bottom, fillers included. */
    public List<GridCell> column(int host) {
        return rows.stream().map(row -> row.cell(host)).toList();
    }

    private static List<Difference> runs(List<CompareRow> rows) {
        List<Difference> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= rows.size(); i++) {
            boolean differs = i < rows.size() && rows.get(i).differs();
            if (differs && start < 0) {
                start = i;
            } else if (!differs && start >= 0) {
                runs.add(new Difference(start, i - 1));
                start = -1;
            }
        }
        return List.copyOf(runs);
    }
}
