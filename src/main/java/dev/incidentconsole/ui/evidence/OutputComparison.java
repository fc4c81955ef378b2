package dev.incidentconsole.ui.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same step's output on several hosts, aligned row by row and compared. Hosts that printed exactly the same
 * lines form a group; a group of more than half of the hosts is the majority, and every host outside it is an
 * outlier. The rows are anchored on the majority's lines (without a majority, on the first host's) and every
 * other distinct output is Myers-diffed against them, so each row index means the same place on every host (see
 * {@link LineAlignment}). Plain Java, so it runs off the FX thread and is tested without a window.
 */
public final class OutputComparison {

    /** Lines compared per host; the caller usually truncates first, this keeps the diff's cost bounded anyway. */
    public static final int MAX_LINES = 10_000;

    /**
     * One host's header. {@code othersDiffering} counts the other hosts whose output is not exactly this one;
     * {@code outlier} is true for a host outside the majority.
     */
    public record HostColumn(String host, int differingLines, int missingLines, int othersDiffering, int others,
                             boolean outlier, boolean truncated) {

        /** {@code differs from all 3 other hosts}, {@code same as the other 2 hosts}, ... */
        public String verdict() {
            if (others == 0) {
                return "the only host";
            }
            if (othersDiffering == 0) {
                return others == 1 ? "same as the other host" : "same as the other " + others + " hosts";
            }
            if (othersDiffering == others) {
                return others == 1 ? "differs from the other host" : "differs from all " + others + " other hosts";
            }
            // Said from the side that matches: "same as 1 of 2" reads right for a host in the majority.
            return "same as " + (others - othersDiffering) + " of " + others + " other hosts";
        }
    }

    private final List<HostColumn> columns;
    private final CompareGrid grid;
    private final int distinctOutputs;
    private final boolean majority;

    private OutputComparison(List<HostColumn> columns, CompareGrid grid, int distinctOutputs, boolean majority) {
        this.columns = List.copyOf(columns);
        this.grid = grid;
        this.distinctOutputs = distinctOutputs;
        this.majority = majority;
    }

    /** Compares the outputs, keyed by host alias, in the map's order. */
    public static OutputComparison of(Map<String, String> outputs) {
        Map<List<String>, List<String>> groups = new LinkedHashMap<>();
        Map<String, Boolean> truncated = new LinkedHashMap<>();
        outputs.forEach((host, text) -> {
            List<String> lines = lines(text);
            truncated.put(host, lines.size() > MAX_LINES);
            List<String> kept = lines.size() > MAX_LINES ? List.copyOf(lines.subList(0, MAX_LINES)) : lines;
            groups.computeIfAbsent(kept, key -> new ArrayList<>()).add(host);
        });
        List<List<String>> distinct = new ArrayList<>(groups.keySet());
        List<List<String>> members = new ArrayList<>(groups.values());
        int total = outputs.size();
        int[] weights = members.stream().mapToInt(List::size).toArray();
        int majorityGroup = -1;
        for (int g = 0; g < weights.length; g++) {
            if (2 * weights[g] > total) {
                majorityGroup = g;
            }
        }
        // Groups keep the order of their first host, so without a majority group 0 is the first host's output.
        List<GridCell[]> groupRows = LineAlignment.align(distinct, weights, Math.max(majorityGroup, 0));

        List<String> hosts = new ArrayList<>(outputs.keySet());
        int[] groupOf = new int[hosts.size()];
        for (int g = 0; g < members.size(); g++) {
            for (String host : members.get(g)) {
                groupOf[hosts.indexOf(host)] = g;
            }
        }
        CompareGrid grid = new CompareGrid(hostRows(groupRows, groupOf), hosts.size());
        List<HostColumn> columns = new ArrayList<>(hosts.size());
        for (int h = 0; h < hosts.size(); h++) {
            int g = groupOf[h];
            List<GridCell> cells = grid.column(h);
            columns.add(new HostColumn(hosts.get(h), count(cells, GridCell.Kind.DIFFERS), count(cells, GridCell.Kind.MISSING),
                    total - weights[g], total - 1, majorityGroup >= 0 && g != majorityGroup, truncated.get(hosts.get(h))));
        }
        return new OutputComparison(columns, grid, distinct.size(), majorityGroup >= 0);
    }

    /** Rows with a cell per host: hosts of one group share their group's cells. */
    private static List<CompareRow> hostRows(List<GridCell[]> groupRows, int[] groupOf) {
        List<CompareRow> rows = new ArrayList<>(groupRows.size());
        for (GridCell[] groupCells : groupRows) {
            GridCell[] hostCells = new GridCell[groupOf.length];
            for (int h = 0; h < hostCells.length; h++) {
                hostCells[h] = groupCells[groupOf[h]];
            }
            rows.add(new CompareRow(List.of(hostCells)));
        }
        return rows;
    }

    private static int count(List<GridCell> cells, GridCell.Kind kind) {
        return (int) cells.stream().filter(cell -> cell.kind() == kind).count();
    }

    public List<HostColumn> columns() {
        return columns;
    }

    /** The hosts' outputs aligned row by row, in the order of {@link #columns()}. */
    public CompareGrid grid() {
        return grid;
    }

    public List<String> outliers() {
        return columns.stream().filter(HostColumn::outlier).map(HostColumn::host).toList();
    }

    /** One sentence over the whole comparison. */
    public String summary() {
        int hosts = columns.size();
        if (hosts < 2) {
            return hosts == 0 ? "No output to compare." : "Only one host: nothing to compare.";
        }
        if (distinctOutputs == 1) {
            return "All " + hosts + " hosts printed the same output.";
        }
        if (!majority) {
            return "No majority: the " + hosts + " hosts printed " + distinctOutputs + " different outputs.";
        }
        List<String> outliers = outliers();
        return String.join(", ", outliers) + (outliers.size() == 1 ? " differs" : " differ") + " from the majority.";
    }

    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String[] split = text.split("\n", -1);
        int count = text.endsWith("\n") ? split.length - 1 : split.length;
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String line = split[i];
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }
}
