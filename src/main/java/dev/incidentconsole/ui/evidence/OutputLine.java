package dev.incidentconsole.ui.evidence;

import java.util.Objects;

/**
 * One row of live output. {@code ordinal} numbers the finished lines of a view from 0 in arrival order, stdout
 * and stderr together, so the first row's ordinal is how many lines scrolled out of the view. An unfinished
 * row is a stream's line still being written: it carries the ordinal its line will get and is replaced as more
 * arrives. Its text is decoded when first read (see {@link DecodedLine}); rows are equal when all their parts are.
 */
final class OutputLine {

    private final long ordinal;
    private final boolean stderr;
    private final DecodedLine line;
    private final boolean unfinished;

    OutputLine(long ordinal, boolean stderr, String text, boolean cut, boolean unfinished) {
        this(ordinal, stderr, new DecodedLine(text, cut), unfinished);
    }

    OutputLine(long ordinal, boolean stderr, DecodedLine line, boolean unfinished) {
        this.ordinal = ordinal;
        this.stderr = stderr;
        this.line = Objects.requireNonNull(line, "line");
        this.unfinished = unfinished;
    }

    long ordinal() {
        return ordinal;
    }

    boolean stderr() {
        return stderr;
    }

    String text() {
        return line.text();
    }

    boolean cut() {
        return line.cut();
    }

    boolean unfinished() {
        return unfinished;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputLine row && row.ordinal == ordinal && row.stderr == stderr
                && row.unfinished == unfinished && row.line.equals(line);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ordinal, stderr, line, unfinished);
    }

    @Override
    public String toString() {
        return "OutputLine[ordinal=" + ordinal + ", stderr=" + stderr + ", text=" + text() + ", cut=" + cut()
                + ", unfinished=" + unfinished + "]";
    }
}
