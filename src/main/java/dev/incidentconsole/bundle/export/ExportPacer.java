package dev.incidentconsole.bundle.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.function.BooleanSupplier;

/**
 * Moves output bytes from the store into the bundle a slice at a time, hashing the original bytes on the way,
 * reporting progress after each slice and stopping at the first slice after a cancel.
 */
final class ExportPacer {

    private static final int SLICE = 256 * 1024;

    private final ExportProgress progress;
    private final BooleanSupplier cancelled;
    private final long total;
    private final byte[] buffer = new byte[SLICE];
    private long done;

    ExportPacer(ExportProgress progress, BooleanSupplier cancelled, long total) {
        this.progress = progress;
        this.cancelled = cancelled;
        this.total = total;
    }

    /** Copies {@code in} to its end into {@code out}, updating {@code digest} unless null; returns the byte count. */
    long copy(InputStream in, OutputStream out, MessageDigest digest) throws IOException {
        long count = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            checkCancelled();
            if (digest != null) {
                digest.update(buffer, 0, n);
            }
            out.write(buffer, 0, n);
            count += n;
            done += n;
            progress.progressed(done, total);
        }
        return count;
    }

    void checkCancelled() throws ExportCancelledException {
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException("the export was cancelled; no bundle was written");
        }
    }

    void finish() {
        progress.progressed(total, total);
    }
}
