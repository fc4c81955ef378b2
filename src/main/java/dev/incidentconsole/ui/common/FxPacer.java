package dev.incidentconsole.ui.common;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Lets the threads that feed live views give way to the FX thread when it falls behind. While they feed, an
 * {@link AnimationTimer} notes every pulse; a feeder that finds the FX thread late (a pulse overdue, or the last
 * one came late: it is waiting for a CPU that readers, decryption, other processes and garbage collection keep
 * busy) sleeps until a pulse comes on time, for at most {@link #MAX_WAIT_NANOS}. A feeder is a thread reading a
 * remote command's output, so sleeping there leaves the bytes at the host: SSH flow control holds them, nothing
 * is dropped, and what was read is already with the evidence store.
 *
 * <p>Feeders never sleep more than half the time: after a wait they run at least as long as they waited. On a
 * machine whose pulses are always slow, for reasons of its own, a flood then arrives at half speed at worst
 * rather than at a trickle. Pulses are watched only while output comes in quick succession: a {@code tail -f}
 * writing a line a second costs the window nothing, and keeps a laptop's CPU idle between its lines.
 */
public final class FxPacer {

    /** A pulse is due every 16.7 ms: this late, the FX thread is waiting for a CPU. */
    static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** The longest a feeder waits at once, so a window that stopped pulsing cannot stall a capture for long. */
    static final long MAX_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Pulses are noted this long after the last feed, then the timer stops and an idle window costs nothing. */
    static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Feeds closer together than this start the watch; slower output is too little work to crowd the window. */
    static final long BUSY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final long maxWaitNanos;
    private final AtomicBoolean watching = new AtomicBoolean();
    private volatile long lastPulseNanos;
    /** The gap before the last pulse: feeders wait until a pulse comes on time again, not just until one comes. */
    private volatile long lastGapNanos;
    private volatile long lastFeedNanos = System.nanoTime() - IDLE_NANOS;
    /** Feeders do not wait again before this: as long as the last wait took. */
    private volatile long freeUntilNanos = System.nanoTime();
    private final AtomicLong waits = new AtomicLong();
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long at = System.nanoTime();
            lastGapNanos = at - lastPulseNanos;
            lastPulseNanos = at;
            if (at - lastFeedNanos > IDLE_NANOS) {
                stop();
                watching.set(false);
                // A feed that saw the timer running just before it stopped would go unwatched: look again.
                if (System.nanoTime() - lastFeedNanos <= IDLE_NANOS && watching.compareAndSet(false, true)) {
                    start();
                }
            }
        }
    };

    public FxPacer() {
        this(MAX_WAIT_NANOS);
    }

    /** With another bound on a single wait, for tests that hold the FX thread. */
    FxPacer(long maxWaitNanos) {
        this.maxWaitNanos = maxWaitNanos;
    }

    /**
     * Called by a feeding thread after it handed output on: returns at once while the FX thread keeps up,
     * otherwise once a pulse comes on time (after at most {@link #MAX_WAIT_NANOS}, or at an interrupt).
     */
    public void giveWay() {
        long now = System.nanoTime();
        long previousFeed = lastFeedNanos;
        lastFeedNanos = now;
        if (!watching.get() && now - previousFeed > BUSY_NANOS) {
            return;
        }
        if (watching.compareAndSet(false, true)) {
            lastPulseNanos = now;
            lastGapNanos = 0;
            Platform.runLater(pulses::start);
            return;
        }
        if (now - freeUntilNanos < 0 || !fxLate(now)) {
            return;
        }
        waits.incrementAndGet();
        long started = now;
        while (fxLate(now) && now - started < maxWaitNanos && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(this, NAP_NANOS);
            now = System.nanoTime();
        }
        freeUntilNanos = now + (now - started);
    }

    private boolean fxLate(long now) {
        return now - lastPulseNanos > LATE_NANOS || lastGapNanos > LATE_NANOS;
    }

    /** How many times a feeder has waited for the FX thread so far. */
    public long waits() {
        return waits.get();
    }

    /** Whether pulses are being watched: from the second of two quick feeds until a second after the last. */
    boolean watching() {
        return watching.get();
    }
}
