package dev.incidentconsole.app.cli;

import dev.incidentconsole.remote.OutputSink;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Prints a host's output line by line with the host's name in front, so the output of many hosts can share one
 * terminal. Whole lines are decoded at once, so a character split across two chunks stays intact.
 */
final class PrefixedLines implements OutputSink {

    private static final int LONGEST_LINE = 64 * 1024;

    private final String prefix;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ByteArrayOutputStream outLine = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errLine = new ByteArrayOutputStream();

    PrefixedLines(String prefix, PrintWriter out, PrintWriter err) {
        this.prefix = prefix;
        this.out = out;
        this.err = err;
    }

    @Override
    public void chunk(Stream stream, byte[] data, int offset, int length, long receivedAtNanos) {
        ByteArrayOutputStream line = stream == Stream.STDOUT ? outLine : errLine;
        PrintWriter target = stream == Stream.STDOUT ? out : err;
        synchronized (line) {
            for (int i = offset; i < offset + length; i++) {
                if (data[i] == '\n') {
                    emit(line, target);
                } else {
                    line.write(data[i]);
                    if (line.size() >= LONGEST_LINE) emit(line, target);
                }
            }
        }
    }

    /** Prints what is left of unterminated last lines. */
    void finish() {
        synchronized (outLine) {
            if (outLine.size() > 0) emit(outLine, out);
        }
        synchronized (errLine) {
            if (errLine.size() > 0) emit(errLine, err);
        }
    }

    private void emit(ByteArrayOutputStream line, PrintWriter target) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        synchronized (target) {
            target.println(prefix + text);
        }
    }
}
