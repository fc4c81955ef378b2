package dev.incidentconsole.ui.evidence;

import java.util.List;
import java.util.Optional;

/**
 * Next and previous difference from the selected row, wrapping around at either end, and the words that say
 * where the responder is. Works from the row rather than a remembered index, so a click anywhere in the grid
 * is where the next jump starts.
 */
final class DifferenceJumps {

    /** Where a jump lands: the difference's index, its first row, and whether it went round the end. */
    record Jump(int index, int row, boolean wrapped) {
    }

    private final List<CompareGrid.Difference> differences;

    DifferenceJumps(List<CompareGrid.Difference> differences) {
        this.differences = List.copyOf(differences);
    }

    int count() {
        return differences.size();
    }

    /** The first difference starting below {@code row}; with nothing selected ({@code row < 0}), the first one. */
    Optional<Jump> next(int row) {
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        int index = firstStartingAfter(row);
        return Optional.of(index < differences.size() ? jump(index, false) : jump(0, true));
    }

    /** The last difference starting above {@code row}; with nothing selected, the first one. */
    Optional<Jump> previous(int row) {
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        if (row < 0) {
            return Optional.of(jump(0, false));
        }
        int index = firstStartingAfter(row - 1) - 1;
        return Optional.of(index >= 0 ? jump(index, false) : jump(differences.size() - 1, true));
    }

    /** The index of the difference that contains {@code row}, or -1. */
    int indexAt(int row) {
        int index = firstStartingAfter(row) - 1;
        return index >= 0 && differences.get(index).lastRow() >= row ? index : -1;
    }

    /** {@code difference 3 of 12}, {@code 12 differences} outside any, {@code no differences}. */
    String describe(int row, boolean wrapped) {
        int count = differences.size();
        if (count == 0) {
            return "no differences";
        }
        int index = row < 0 ? -1 : indexAt(row);
        if (index < 0) {
            return count == 1 ? "1 difference" : CountText.number(count) + " differences";
        }
        String at = "difference " + CountText.number(index + 1) + " of " + CountText.number(count);
        if (!wrapped) {
            return at;
        }
        return at + (index == 0 ? " \u00b7 wrapped to the first" : " \u00b7 wrapped to the last");
    }

    private Jump jump(int index, boolean wrapped) {
        return new Jump(index, differences.get(index).firstRow(), wrapped);
    }

    /** Index of the first difference whose first row is greater than {@code row} (binary search). */
    private int firstStartingAfter(int row) {
        int low = 0;
        int high = differences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (differences.get(mid).firstRow() > row) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
