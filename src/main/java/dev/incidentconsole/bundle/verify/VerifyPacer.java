package dev.incidentconsole.bundle.verify;

import java.util.function.BooleanSupplier;

/**
 * Counts the bytes hashed against the declared total, tells the listener about once a mebibyte, and stops the
 * verification at the first buffer after a cancel. A thread interrupt counts as a cancel as well: it closes the
 * archive's file channel, and the reads that fail then are the cancel's doing, not the bundle's.
 */
final class VerifyPacer {

    static final long REPORT_EVERY = 1024 * 1024;

    private final VerifyProgress progress;
    private final BooleanSupplier cancelled;
    private long total;
    private long filesDone;
    private long fileDeclared;
    private long fileRead;
    private long reported = -1;
    private long nextReport;
    private String file;

    VerifyPacer(VerifyProgress progress, BooleanSupplier cancelled) {
        this.progress = progress;
        this.cancelled = cancelled;
    }

    void begin(long bytesTotal, String firstFile) {
        total = bytesTotal;
        file = firstFile;
        report();
    }

    /** A file whose central directory entry declares {@code declared} bytes is about to be hashed. */
    void startFile(String name, long declared) throws VerificationCancelledException {
        stopIfCancelled(null);
        file = name;
        fileDeclared = declared;
        fileRead = 0;
    }

    void hashed(int bytes) throws VerificationCancelledException {
        fileRead += bytes;
        if (checked() >= nextReport) {
            report();
        }
        stopIfCancelled(null);
    }

    /** The file counts as checked whole even when its reading failed part way (that is a finding, not progress). */
    void endFile() {
        filesDone += fileDeclared;
        fileDeclared = 0;
        fileRead = 0;
    }

    void finish() {
        if (reported != total) {
            report();
        }
    }

    /** Throws when a cancel was asked for; {@code cause} is the failure it may have provoked (may be null). */
    void stopIfCancelled(Throwable cause) throws VerificationCancelledException {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new VerificationCancelledException("verification cancelled after checking " + checked() + " of "
                    + total + " bytes: the bundle is neither verified nor shown to be damaged", cause);
        }
    }

    private long checked() {
        // A file longer than it declares is refused by the archive within one buffer; never count past the total.
        return Math.min(total, filesDone + Math.min(fileRead, fileDeclared));
    }

    private void report() {
        long checked = checked();
        reported = checked;
        nextReport = checked + REPORT_EVERY;
        progress.progress(checked, total, file);
    }
}
