package dev.incidentconsole.ui.evidence;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same step's output on several hosts, compared line by line against the majority. Hosts that printed
 * exactly the same lines form a group; a group of more than half of the hosts is the majority, and every host
 * outside it is an outlier. A line differs when the hosts that have it at the matching place (by a Myers diff)
 * are no more than half of all hosts; where most hosts have lines that a host lacks, its column says so.
 * Plain Java, so it runs off the FX thread and is tested without a window.
 */
public final class OutputComparison {

    /** Lines compared per host; the caller usually truncates first, this keeps the diff's cost bounded anyway. */
    public static final int MAX_LINES = 10_000;

    public enum RowKind { SAME, DIFFERS, MISSING }

    /** A row of a host's column: a line (numbered from 1) or, for MISSING, a note where the majority has lines. */
    public record Row(int lineNumber, String text, RowKind kind) {
    }

    /**
     * One host's column. {@code othersDiffering} counts the other hosts whose output is not exactly this one;
     * {@code outlier} is true for a host outside the majority.
     */
    public record HostColumn(String host, List<Row> rows, int differingLines, int othersDiffering, int others,
                             boolean outlier, boolean truncated) {

        public HostColumn {
            rows = List.copyOf(rows);
        }

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
            return "differs from " + othersDiffering + " of " + others + " other hosts";
        }
    }

    private final List<HostColumn> columns;
    private final int distinctOutputs;
    private final boolean majority;

    private OutputComparison(List<HostColumn> columns, int distinctOutputs, boolean majority) {
        this.columns = List.copyOf(columns);
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
        List<Group> distinct = new ArrayList<>();
        groups.forEach((lines, hosts) -> distinct.add(new Group(lines, hosts)));
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                compare(distinct.get(i), distinct.get(j));
            }
        }
        int total = outputs.size();
        boolean majority = distinct.stream().anyMatch(g -> 2 * g.hosts.size() > total);
        Map<String, HostColumn> byHost = new LinkedHashMap<>();
        for (Group group : distinct) {
            List<Row> rows = group.rows(total);
            int differing = (int) rows.stream().filter(r -> r.kind() == RowKind.DIFFERS).count();
            boolean outlier = majority && 2 * group.hosts.size() <= total;
            for (String host : group.hosts) {
                byHost.put(host, new HostColumn(host, rows, differing, total - group.hosts.size(), total - 1,
                        outlier, truncated.get(host)));
            }
        }
        List<HostColumn> ordered = new ArrayList<>();
        outputs.keySet().forEach(host -> ordered.add(byHost.get(host)));
        return new OutputComparison(ordered, distinct.size(), majority);
    }

    public List<HostColumn> columns() {
        return columns;
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

    /** Diffs two distinct outputs and records, on both sides, which lines the other side shares. */
    private static void compare(Group a, Group b) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a.lines, b.lines, new MeyersDiffWithLinearSpace<String>()).getDeltas();
        int[] aShares = new int[a.lines.size()];
        int[] bShares = new int[b.lines.size()];
        Arrays.fill(aShares, 1);
        Arrays.fill(bShares, 1);
        for (AbstractDelta<String> delta : deltas) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            Arrays.fill(aShares, source.getPosition(), source.getPosition() + source.size(), 0);
            Arrays.fill(bShares, target.getPosition(), target.getPosition() + target.size(), 0);
            // An insertion next to a deletion is a changed line, already marked: only a bare one is a gap.
            if (delta.getType() == DeltaType.INSERT && !touches(deltas, DeltaType.DELETE, source.getPosition(), true)) {
                a.lacks(source.getPosition(), target.size(), b.hosts.size());
            } else if (delta.getType() == DeltaType.DELETE && !touches(deltas, DeltaType.INSERT, target.getPosition(), false)) {
                b.lacks(target.getPosition(), source.size(), a.hosts.size());
            }
        }
        a.sharedWith(aShares, b.hosts.size());
        b.sharedWith(bShares, a.hosts.size());
    }

    /** Whether a delta of {@code type} starts or ends at {@code position} on the source (or the target) side. */
    private static boolean touches(List<AbstractDelta<String>> deltas, DeltaType type, int position, boolean sourceSide) {
        for (AbstractDelta<String> delta : deltas) {
            Chunk<String> chunk = sourceSide ? delta.getSource() : delta.getTarget();
            if (delta.getType() == type && (chunk.getPosition() == position || chunk.getPosition() + chunk.size() == position)) {
                return true;
            }
        }
        return false;
    }

    /** Hosts with identical output, and what the comparisons found about its lines. */
    private static final class Group {
        final List<String> lines;
        final List<String> hosts;
        final int[] supporters;
        /** For each gap before line i (and after the last): hosts that have lines there, and how many lines at most. */
        final int[] gapHosts;
        final int[] gapLines;

        Group(List<String> lines, List<String> hosts) {
            this.lines = lines;
            this.hosts = hosts;
            this.supporters = new int[lines.size()];
            Arrays.fill(supporters, hosts.size());
            this.gapHosts = new int[lines.size() + 1];
            this.gapLines = new int[lines.size() + 1];
        }

        void sharedWith(int[] shares, int otherHosts) {
            for (int i = 0; i < shares.length; i++) {
                supporters[i] += shares[i] * otherHosts;
            }
        }

        void lacks(int before, int lineCount, int otherHosts) {
            gapHosts[before] += otherHosts;
            gapLines[before] = Math.max(gapLines[before], lineCount);
        }

        List<Row> rows(int totalHosts) {
            List<Row> rows = new ArrayList<>(lines.size() + 4);
            for (int i = 0; i <= lines.size(); i++) {
                if (2 * gapHosts[i] > totalHosts) {
                    rows.add(new Row(0, missingText(gapLines[i]), RowKind.MISSING));
                }
                if (i < lines.size()) {
                    boolean differs = 2 * supporters[i] <= totalHosts && totalHosts > 1;
                    rows.add(new Row(i + 1, lines.get(i), differs ? RowKind.DIFFERS : RowKind.SAME));
                }
            }
            return rows;
        }

        private static String missingText(int count) {
            return "\u22ef " + (count == 1 ? "1 line" : count + " lines") + " most hosts have " + (count == 1 ? "is" : "are")
                    + " missing here";
        }
    }
}
