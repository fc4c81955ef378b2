package dev.incidentconsole.ui.evidence;

/**
 * One host's place in one row of the aligned compare grid: a line of its output (numbered from 1) or a filler
 * where it has no line. A filler is {@link Kind#MISSING} where the host lacks a line the reference (or most
 * hosts) has, and {@link Kind#FILLER} where only some other host printed something.
 */
public record GridCell(int lineNumber, String text, Kind kind) {

    public enum Kind { SAME, DIFFERS, MISSING, FILLER }

    static final GridCell FILLER = new GridCell(0, "", Kind.FILLER);
    static final GridCell MISSING = new GridCell(0, "", Kind.MISSING);

    /** True for cells that hold no line of the host's output. */
    public boolean filler() {
        return kind == Kind.FILLER || kind == Kind.MISSING;
    }
}
