package dev.incidentconsole.ui.evidence;

import java.util.List;

/** One row of the aligned grid: the same place in every host's output, one cell per host in column order. */
public record CompareRow(List<GridCell> cells) {

    public CompareRow {
        cells = List.copyOf(cells);
    }

    public GridCell cell(int host) {
        return cells.get(host);
    }

    /** Whether any host's cell here is not the same as most hosts': a row a responder wants to look at. */
    public boolean differs() {
        for (GridCell cell : cells) {
            if (cell.kind() != GridCell.Kind.SAME) {
                return true;
            }
        }
        return false;
    }
}
