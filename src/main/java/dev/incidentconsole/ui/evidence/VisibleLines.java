package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.ui.common.PulseBatcher;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * The rows an output view shows: the last {@code maxLines} finished lines, then each stream's unfinished line.
 * Used on the FX thread only; one batch changes the list with a few bulk operations, not one per line. When the
 * batcher dropped lines, the batch alone holds {@code maxLines} newer ones, so the rows never have a gap.
 */
final class VisibleLines {

    private final int maxLines;
    /** Room for the finished lines and one unfinished line per stream. */
    private final RingList<OutputLine> rows;
    private int openRows;
    private long finishedTotal;

    VisibleLines(int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("the view must keep at least one line, was " + maxLines);
        }
        this.maxLines = maxLines;
        this.rows = new RingList<>(maxLines + 2);
    }

    ObservableList<OutputLine> rows() {
        return rows;
    }

    /**
     * Applies a batch of finished lines, then shows {@code open}, the streams' unfinished lines. Returns the
     * finished lines it added, in order, for the find index.
     */
    List<OutputLine> apply(PulseBatcher.Batch<OutputLine> batch, List<OutputLine> open) {
        List<OutputLine> finished = batch.items();
        if (!finished.isEmpty()) {
            finishedTotal = finished.get(finished.size() - 1).ordinal() + 1;
        }
        List<OutputLine> added = finished.size() > maxLines ? finished.subList(finished.size() - maxLines, finished.size()) : finished;
        int finishedShown = rows.size() - openRows;
        List<OutputLine> appended = new ArrayList<>(added.size() + open.size());
        appended.addAll(added);
        appended.addAll(open);
        rows.edit(openRows, finishedShown + added.size() - maxLines, appended);
        openRows = open.size();
        return added;
    }

    /** Finished lines that are no longer shown: they are only in the evidence store. */
    long hiddenLines() {
        return rows.size() > openRows ? rows.get(0).ordinal() : finishedTotal;
    }

    long finishedTotal() {
        return finishedTotal;
    }
}
