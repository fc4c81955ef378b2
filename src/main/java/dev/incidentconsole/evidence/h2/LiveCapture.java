package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.CommandEnd;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStoreException;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A command being captured into an open entry row. Producers put bytes into a bounded {@link PendingOutput} per
 * stream; the writer commits them (when 256 KiB are pending or the oldest is due) and keeps the running digests.
 */
final class LiveCapture implements CommandCapture {

    /** The open row; set on the writer thread before the writer first touches this capture's output. */
    private volatile long entryId = -1;
    private final CommandStart start;
    private final StoreWriter writer;
    private final CaptureSealer sealer;
    private final PendingOutput stdout;
    private final PendingOutput stderr;
    private final StreamProgress stdoutProgress = new StreamProgress();
    private final StreamProgress stderrProgress = new StreamProgress();
    private final AtomicBoolean sealing = new AtomicBoolean();
    private final long commitBytes;
    private volatile String failure;

    LiveCapture(CommandStart start, StoreWriter writer, CaptureSealer sealer, StoreOptions options) {
        this.start = start;
        this.writer = writer;
        this.sealer = sealer;
        this.stdout = new PendingOutput(options.pendingBytesPerStream(), options.commitBytes(), writer::wake);
        this.stderr = new PendingOutput(options.pendingBytesPerStream(), options.commitBytes(), writer::wake);
        this.commitBytes = options.commitBytes();
    }

    @Override
    public void append(OutputStreamKind stream, byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        if (length == 0) {
            return;
        }
        if (failure != null) {
            throw new EvidenceStoreException(failure);
        }
        pending(stream).put(data, offset, length, System.nanoTime());
    }

    @Override
    public CompletableFuture<EvidenceEntry> sealLater(CommandEnd end) {
        Objects.requireNonNull(end, "end");
        if (!sealing.compareAndSet(false, true)) {
            throw new IllegalStateException("entry " + entryId + " of " + start.incidentId() + " is already sealed");
        }
        String reason = "the capture of this command was sealed; no more output can be added";
        stdout.refuse(reason);
        stderr.refuse(reason);
        if (failure != null) {
            writer.forget(this);
            return CompletableFuture.failedFuture(new EvidenceStoreException(failure));
        }
        return writer.callLater(connection -> sealer.seal(connection, this, end))
                .whenComplete((sealed, failed) -> writer.forget(this));
    }

    void opened(long rowId) {
        entryId = rowId;
    }

    /** Called by the writer when this capture's output could not be stored; the entry stays open for recovery. */
    void fail(String reason) {
        failure = reason;
        stdout.refuse(reason);
        stderr.refuse(reason);
    }

    long entryId() {
        return entryId;
    }

    CommandStart start() {
        return start;
    }

    PendingOutput pending(OutputStreamKind stream) {
        return stream == OutputStreamKind.STDOUT ? stdout : stderr;
    }

    StreamProgress progress(OutputStreamKind stream) {
        return stream == OutputStreamKind.STDOUT ? stdoutProgress : stderrProgress;
    }

    /** Called by the writer once the commit holding this capture's written rows has returned. */
    void commitReturned() {
        stdoutProgress.commitReturned();
        stderrProgress.commitReturned();
    }

    boolean due(long nowNanos, long delayNanos) {
        return stdout.due(nowNanos, commitBytes, delayNanos) || stderr.due(nowNanos, commitBytes, delayNanos);
    }

    long nanosUntilDue(long nowNanos, long delayNanos) {
        return Math.min(stdout.nanosUntilDue(nowNanos, delayNanos), stderr.nanosUntilDue(nowNanos, delayNanos));
    }
}
