package dev.incidentconsole.bundle.export;

/** Hears how far an export is: bytes of evidence output written so far out of all there are. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    /** Called from the exporting thread after each slice; {@code total} stays the same throughout one export. */
    void progressed(long bytesDone, long bytesTotal);
}
