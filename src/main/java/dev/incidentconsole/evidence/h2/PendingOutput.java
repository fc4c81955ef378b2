package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EvidenceStoreException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bytes of one stream that arrived but are not committed yet, in blocks of at most one row (64 KiB). The
 * appending thread puts, the writer takes everything at once, so order is kept without sequencing. When
 * {@code capacity} bytes are pending, {@link #put} waits for the writer: a slow disk slows the producer instead
 * of filling the heap.
 */
final class PendingOutput {

    private static final int FIRST_BLOCK = 4 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition taken = lock.newCondition();
    private final int capacity;
    private final int commitBytes;
    private final Runnable wakeWriter;
    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] current;
    private int currentFill;
    private long pending;
    private long oldestNanos;
    private String refusal;

    /** {@code wakeWriter} is called when a commit is due by size, when a new deadline starts, and before waiting. */
    PendingOutput(int capacity, int commitBytes, Runnable wakeWriter) {
        this.capacity = capacity;
        this.commitBytes = commitBytes;
        this.wakeWriter = wakeWriter;
    }

    /** Copies the bytes in, waiting while the buffer is full. */
    void put(byte[] data, int offset, int length, long nowNanos) {
        lock.lock();
        try {
            int done = 0;
            while (done < length) {
                while (pending >= capacity && refusal == null) {
                    wakeWriter.run();
                    awaitWriter();
                }
                if (refusal != null) {
                    throw new IllegalStateException(refusal);
                }
                boolean newDeadline = pending == 0;
                if (newDeadline) {
                    oldestNanos = nowNanos;
                }
                int n = (int) Math.min(length - done, capacity - pending);
                copy(data, offset + done, n);
                done += n;
                if (newDeadline || pending >= commitBytes) {
                    wakeWriter.run();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void awaitWriter() {
        try {
            taken.await(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvidenceStoreException("Interrupted while waiting for the evidence store to catch up");
        }
    }

    private void copy(byte[] data, int offset, int length) {
        int done = 0;
        while (done < length) {
            if (current == null) {
                current = new byte[Math.min(StoreOptions.ROW_BYTES, Math.max(FIRST_BLOCK, length - done))];
            } else if (currentFill == current.length && current.length < StoreOptions.ROW_BYTES) {
                current = Arrays.copyOf(current, Math.min(StoreOptions.ROW_BYTES, current.length * 4));
            }
            int n = Math.min(length - done, current.length - currentFill);
            System.arraycopy(data, offset + done, current, currentFill, n);
            currentFill += n;
            done += n;
            pending += n;
            if (currentFill == StoreOptions.ROW_BYTES) {
                blocks.add(current);
                current = null;
                currentFill = 0;
            }
        }
    }

    /** True when the writer should commit now: enough bytes, or the oldest is due. */
    boolean due(long nowNanos, long commitBytes, long delayNanos) {
        lock.lock();
        try {
            return pending > 0 && (pending >= commitBytes || nowNanos - oldestNanos >= delayNanos);
        } finally {
            lock.unlock();
        }
    }

    /** Nanoseconds until the oldest pending byte is due, or Long.MAX_VALUE when nothing is pending. */
    long nanosUntilDue(long nowNanos, long delayNanos) {
        lock.lock();
        try {
            return pending == 0 ? Long.MAX_VALUE : Math.max(0, oldestNanos + delayNanos - nowNanos);
        } finally {
            lock.unlock();
        }
    }

    /** Takes every pending byte as rows (each at most 64 KiB, trimmed), in arrival order. */
    List<byte[]> takeAll() {
        lock.lock();
        try {
            List<byte[]> rows = new ArrayList<>(blocks);
            if (current != null && currentFill > 0) {
                rows.add(currentFill == current.length ? current : Arrays.copyOf(current, currentFill));
            }
            blocks.clear();
            current = null;
            currentFill = 0;
            pending = 0;
            taken.signalAll();
            return rows;
        } finally {
            lock.unlock();
        }
    }

    /** From now on {@link #put} throws with {@code reason}; a waiting producer wakes up. */
    void refuse(String reason) {
        lock.lock();
        try {
            if (refusal == null) {
                refusal = reason;
            }
            taken.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
