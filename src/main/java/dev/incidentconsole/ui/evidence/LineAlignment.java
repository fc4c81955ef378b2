package dev.incidentconsole.ui.evidence;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns distinct outputs row by row against a reference output. Each other output is Myers-diffed against
 * the reference once: matched and changed lines share the reference line's row; lines the reference lacks go
 * into rows of their own between reference lines (where several outputs insert at the same place, their
 * inserted lines share rows); a reference line an output lacks leaves it a missing cell. A cell differs when
 * the hosts showing that text in its row are no more than half of all hosts.
 */
final class LineAlignment {

    /**
     * A diff costs about (lines of both) x (lines that differ). Past this, the outputs barely share a line (process
     * lists, say) and a diff would take seconds to say so: their lines are paired by position instead.
     */
    static final long MAX_DIFF_WORK = 50_000_000L;

    /** Where one output's lines sit against the reference. */
    private static final class Placement {
        final List<String> lines;
        /** For each reference line, this output's line in the same row, or -1. */
        final int[] atReference;
        /** For each gap before reference line g (and after the last), the first inserted line and how many. */
        final int[] insertedFrom;
        final int[] insertedCount;

        Placement(List<String> lines, int referenceSize) {
            this.lines = lines;
            this.atReference = new int[referenceSize];
            this.insertedFrom = new int[referenceSize + 1];
            this.insertedCount = new int[referenceSize + 1];
        }

        void insert(int gap, int from, int count) {
            if (count <= 0) {
                return;
            }
            if (insertedCount[gap] == 0) {
                insertedFrom[gap] = from;
            }
            insertedCount[gap] += count;
        }
    }

    private LineAlignment() {
    }

    /**
     * Rows of cells, one cell per output in the given order. {@code weights} are the hosts behind each output;
     * {@code reference} is the index of the output the others are aligned against.
     */
    static List<GridCell[]> align(List<List<String>> outputs, int[] weights, int reference) {
        if (outputs.isEmpty()) {
            return List.of();
        }
        List<String> anchor = outputs.get(reference);
        List<Placement> placements = new ArrayList<>(outputs.size());
        for (int o = 0; o < outputs.size(); o++) {
            placements.add(o == reference ? identity(anchor) : place(anchor, outputs.get(o)));
        }
        int total = Arrays.stream(weights).sum();
        List<GridCell[]> rows = new ArrayList<>(anchor.size() + 16);
        for (int gap = 0; gap <= anchor.size(); gap++) {
            int height = 0;
            for (Placement placement : placements) {
                height = Math.max(height, placement.insertedCount[gap]);
            }
            for (int k = 0; k < height; k++) {
                int[] lineIndex = new int[placements.size()];
                for (int o = 0; o < placements.size(); o++) {
                    Placement p = placements.get(o);
                    lineIndex[o] = k < p.insertedCount[gap] ? p.insertedFrom[gap] + k : -1;
                }
                rows.add(row(placements, lineIndex, weights, total, false));
            }
            if (gap < anchor.size()) {
                int[] lineIndex = new int[placements.size()];
                for (int o = 0; o < placements.size(); o++) {
                    lineIndex[o] = placements.get(o).atReference[gap];
                }
                rows.add(row(placements, lineIndex, weights, total, true));
            }
        }
        return rows;
    }

    private static Placement identity(List<String> anchor) {
        Placement placement = new Placement(anchor, anchor.size());
        Arrays.setAll(placement.atReference, i -> i);
        return placement;
    }

    private static Placement place(List<String> anchor, List<String> lines) {
        Placement placement = new Placement(lines, anchor.size());
        int r = 0;
        int t = 0;
        for (int[] block : changedBlocks(anchor, lines)) {
            int sourceAt = block[0];
            int sourceSize = block[1];
            int targetAt = block[2];
            int targetSize = block[3];
            while (r < sourceAt) {
                placement.atReference[r++] = t++;
            }
            // A changed block pairs its lines row by row; what one side has beyond the other is inserted or missing.
            int paired = Math.min(sourceSize, targetSize);
            for (int k = 0; k < sourceSize; k++) {
                placement.atReference[r + k] = k < paired ? targetAt + k : -1;
            }
            placement.insert(sourceAt + sourceSize, targetAt + paired, targetSize - paired);
            r = sourceAt + sourceSize;
            t = targetAt + targetSize;
        }
        while (r < anchor.size()) {
            placement.atReference[r++] = t++;
        }
        return placement;
    }

    /**
     * The diff's deltas as {source position, source size, target position, target size}, with deltas that touch
     * (the linear-space Myers reports a changed line as a deletion next to an insertion) joined into one block.
     */
    private static List<int[]> changedBlocks(List<String> anchor, List<String> lines) {
        List<int[]> blocks = new ArrayList<>();
        if (!worthDiffing(anchor, lines)) {
            blocks.add(new int[] {0, anchor.size(), 0, lines.size()});
            return blocks;
        }
        for (AbstractDelta<String> delta : DiffUtils.diff(anchor, lines, new MeyersDiffWithLinearSpace<String>()).getDeltas()) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            int[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last[0] + last[1] == source.getPosition() && last[2] + last[3] == target.getPosition()) {
                last[1] += source.size();
                last[3] += target.size();
            } else {
                blocks.add(new int[] {source.getPosition(), source.size(), target.getPosition(), target.size()});
            }
        }
        return blocks;
    }

    /** Whether the least work a diff could need (from the lines the two share at most) is within bounds. */
    static boolean worthDiffing(List<String> anchor, List<String> lines) {
        Map<String, Integer> unmatched = new HashMap<>();
        for (String line : anchor) {
            unmatched.merge(line, 1, Integer::sum);
        }
        long shared = 0;
        for (String line : lines) {
            Integer left = unmatched.get(line);
            if (left != null && left > 0) {
                shared++;
                unmatched.put(line, left - 1);
            }
        }
        long size = (long) anchor.size() + lines.size();
        return size * (size - 2 * shared) <= MAX_DIFF_WORK;
    }

    /** One row's cells. A filler is missing where the reference has a line here or most hosts do. */
    private static GridCell[] row(List<Placement> placements, int[] lineIndex, int[] weights, int total, boolean referenceRow) {
        int n = placements.size();
        String[] texts = new String[n];
        for (int o = 0; o < n; o++) {
            texts[o] = lineIndex[o] < 0 ? null : placements.get(o).lines.get(lineIndex[o]);
        }
        GridCell[] cells = new GridCell[n];
        boolean majorityLine = false;
        for (int o = 0; o < n; o++) {
            if (texts[o] == null) {
                continue;
            }
            int support = 0;
            for (int other = 0; other < n; other++) {
                if (texts[o].equals(texts[other])) {
                    support += weights[other];
                }
            }
            boolean differs = total > 1 && 2 * support <= total;
            majorityLine |= 2 * support > total;
            cells[o] = new GridCell(lineIndex[o] + 1, texts[o], differs ? GridCell.Kind.DIFFERS : GridCell.Kind.SAME);
        }
        GridCell filler = referenceRow || majorityLine ? GridCell.MISSING : GridCell.FILLER;
        for (int o = 0; o < n; o++) {
            if (cells[o] == null) {
                cells[o] = filler;
            }
        }
        return cells;
    }
}
