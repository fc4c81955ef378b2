package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.ui.common.FxPacer;
import dev.incidentconsole.ui.common.PulseBatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The worker-thread side of a live output view: decodes each stream into lines on the thread that delivers
 * it, numbers the finished lines, and posts them to a {@link PulseBatcher} for the FX thread. Decoding here
 * keeps the FX thread's work per pulse down to adding ready rows. Each stream's unfinished line is not queued
 * (only its latest state matters): it is kept here for the FX thread to read at the pulse.
 */
final class OutputFeed implements OutputSink {

    private final LineDecoder stdout;
    private final LineDecoder stderr;
    private final PulseBatcher<OutputLine> batcher;
    private final FxPacer pacer;
    private final AtomicLong stdoutBytes = new AtomicLong();
    private final AtomicLong stderrBytes = new AtomicLong();
    private long nextOrdinal;
    /** Rows on their way to the batcher, which copies them: one list for every chunk. */
    private final List<OutputLine> posting = new ArrayList<>();
    private volatile OutputLine openStdout;
    private volatile OutputLine openStderr;

    OutputFeed(int maxLineChars, PulseBatcher<OutputLine> batcher, FxPacer pacer) {
        this.stdout = new LineDecoder(maxLineChars);
        this.stderr = new LineDecoder(maxLineChars);
        this.batcher = batcher;
        this.pacer = pacer;
    }

    @Override
    public void chunk(Stream stream, byte[] data, int offset, int length, long receivedAtNanos) {
        boolean isStderr = stream == Stream.STDERR;
        LineDecoder decoder = isStderr ? stderr : stdout;
        (isStderr ? stderrBytes : stdoutBytes).addAndGet(length);
        // Decoding and posting under the stream's lock keeps one stream's lines in order even if two threads
        // were ever to share it.
        synchronized (decoder) {
            List<DecodedLine> lines = decoder.feed(data, offset, length);
            publish(isStderr, lines, decoder.unfinished());
        }
        pacer.giveWay();
    }

    /** Ends the current command: unfinished lines (and split characters) of both streams become lines. */
    void endOfOutput() {
        synchronized (stdout) {
            publish(false, stdout.finish(), null);
        }
        synchronized (stderr) {
            publish(true, stderr.finish(), null);
        }
    }

    long stdoutBytes() {
        return stdoutBytes.get();
    }

    long stderrBytes() {
        return stderrBytes.get();
    }

    /** The unfinished line of each stream that has one, stdout first. Safe from any thread. */
    List<OutputLine> openRows() {
        OutputLine out = openStdout;
        OutputLine err = openStderr;
        if (out == null && err == null) {
            return List.of();
        }
        return out == null ? List.of(err) : err == null ? List.of(out) : List.of(out, err);
    }

    /** Numbers and posts under one lock, so ordinals rise in the order the batcher receives the lines. */
    private synchronized void publish(boolean isStderr, List<DecodedLine> lines, DecodedLine unfinished) {
        OutputLine before = isStderr ? openStderr : openStdout;
        if (lines.isEmpty() && unfinished == null && before == null) {
            return;
        }
        List<OutputLine> rows = posting;
        rows.clear();
        for (DecodedLine line : lines) {
            rows.add(new OutputLine(nextOrdinal++, isStderr, line, false));
        }
        OutputLine open = unfinished == null ? null : new OutputLine(nextOrdinal, isStderr, unfinished, true);
        if (isStderr) {
            openStderr = open;
        } else {
            openStdout = open;
        }
        if (rows.isEmpty()) {
            batcher.touch();
        } else {
            batcher.postAll(rows);
            rows.clear();
        }
    }
}
