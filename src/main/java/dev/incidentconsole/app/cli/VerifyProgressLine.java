package dev.incidentconsole.app.cli;

import dev.incidentconsole.bundle.verify.VerifyProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Verification progress on stderr. On a terminal one line is rewritten in place at each whole percent; in a log
 * (stderr redirected, {@code --progress}) a line is added at each tenth, so the log stays short.
 */
final class VerifyProgressLine implements VerifyProgress {

    private static final double MIB = 1024 * 1024;
    /** Keeps the rewritten line within a common terminal width, so it never wraps and leaves copies behind. */
    private static final int FILE_WIDTH = 36;

    private final PrintWriter err;
    private final boolean rewrite;
    private final int steps;
    private long lastStep = -1;
    private int lastWidth;

    /** {@code rewrite}: stderr is a terminal, where a carriage return redraws the line. */
    VerifyProgressLine(PrintWriter err, boolean rewrite) {
        this.err = err;
        this.rewrite = rewrite;
        this.steps = rewrite ? 100 : 10;
    }

    @Override
    public void progress(long bytesChecked, long bytesTotal, String currentFile) {
        long step = bytesTotal <= 0 ? steps : bytesChecked * steps / bytesTotal;
        if (step == lastStep) {
            return;
        }
        lastStep = step;
        String line = String.format(Locale.ROOT, "verifying: %d%% (%.1f of %.1f MiB)", step * 100 / steps,
                bytesChecked / MIB, bytesTotal / MIB);
        if (!rewrite) {
            err.println(line);
            return;
        }
        if (currentFile != null && step < steps) {
            line += " " + tail(currentFile);
        }
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
    }

    /** Ends a line being rewritten, so that what follows starts on a line of its own. */
    void finish() {
        if (rewrite && lastWidth > 0) {
            err.println();
            lastWidth = 0;
        }
    }

    private static String tail(String file) {
        return file.length() <= FILE_WIDTH ? file : "\u2026" + file.substring(file.length() - FILE_WIDTH + 1);
    }
}
