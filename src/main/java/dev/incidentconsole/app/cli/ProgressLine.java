package dev.incidentconsole.app.cli;

import dev.incidentconsole.bundle.export.ExportProgress;
import java.io.PrintWriter;
import java.util.Locale;

/** Export progress on stderr: one line per tenth of the bytes, so a log stays short and a terminal shows movement. */
final class ProgressLine implements ExportProgress {

    private static final long MIB = 1024 * 1024;

    private final PrintWriter err;
    private int lastTenth = -1;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progressed(long bytesDone, long bytesTotal) {
        int tenth = bytesTotal == 0 ? 10 : (int) (bytesDone * 10 / bytesTotal);
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err.printf(Locale.ROOT, "exporting: %d%% (%.1f of %.1f MiB of output)%n", tenth * 10, (double) bytesDone / MIB,
                    (double) bytesTotal / MIB);
        }
    }
}
