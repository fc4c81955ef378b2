package dev.incidentconsole.ui.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Collects items that worker threads post at any rate and hands what accumulated to the FX thread at most once
 * per pulse, as one batch. Between pulses it keeps at most {@code capacity} items: when a flood outruns the FX
 * thread the oldest are dropped and counted, so memory stays bounded. Items posted from one thread keep their
 * order; items from different threads keep the order in which their posts took the lock.
 *
 * <p>An {@link AnimationTimer} delivers the batches because it runs exactly once per pulse; it stops itself after
 * a pulse with nothing to deliver, so an idle batcher costs no pulses. A minimum gap between deliveries spreads
 * the work of a busy view over several pulses, so a flood into many views still leaves pulses free. State that is
 * not a list of items (the latest value of something) can be kept by the caller and announced with
 * {@link #touch()}.
 */
public final class PulseBatcher<T> {

    /** What arrived since the last batch; {@code dropped} counts items discarded to keep the bound. */
    public record Batch<T>(List<T> items, long dropped) {
        public boolean isEmpty() {
            return items.isEmpty() && dropped == 0;
        }
    }

    private final int capacity;
    private final long minGapNanos;
    private final long floodGapNanos;
    private boolean flooded;
    private final Turns turns;
    private final Consumer<Batch<T>> apply;
    private final Object lock = new Object();
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse(now);
        }
    };
    private long lastDelivery = Long.MIN_VALUE;
    private ArrayDeque<T> pending = new ArrayDeque<>();
    private long dropped;
    private boolean touched;

    /** {@code apply} runs on the FX thread, at most once per pulse. */
    public PulseBatcher(int capacity, Consumer<Batch<T>> apply) {
        this(capacity, Duration.ZERO, null, apply);
    }

    /**
     * {@code apply} runs on the FX thread, at most once per pulse and at most once per {@code minGap}; with
     * {@code turns} (may be null), only when it is this batcher's turn among those sharing them.
     */
    public PulseBatcher(int capacity, Duration minGap, Turns turns, Consumer<Batch<T>> apply) {
        this(capacity, minGap, minGap, turns, apply);
    }

    /**
     * As above; after a batch that had to drop items (the consumer cannot show everything anyway) the next one
     * waits at least {@code floodGap}, so a flood costs the FX thread fewer, larger updates and leaves it the
     * CPU time it needs to keep pulsing on a busy machine.
     */
    public PulseBatcher(int capacity, Duration minGap, Duration floodGap, Turns turns, Consumer<Batch<T>> apply) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.minGapNanos = minGap.toNanos();
        this.floodGapNanos = Math.max(minGap.toNanos(), floodGap.toNanos());
        this.turns = turns;
        this.apply = apply;
    }

    /** Safe from any thread; never blocks on the FX thread. */
    public void post(T item) {
        synchronized (lock) {
            add(item);
        }
        wake();
    }

    /** Posts several items under one lock, so no other thread's items land between them. */
    public void postAll(Collection<? extends T> items) {
        if (items.isEmpty()) {
            return;
        }
        synchronized (lock) {
            int skip = Math.max(0, items.size() - capacity);
            dropped += skip;
            for (T item : items) {
                if (skip > 0) {
                    skip--;
                } else {
                    add(item);
                }
            }
        }
        wake();
    }

    /** Asks for a delivery at the next pulse even if no item arrives, for state the consumer reads itself. */
    public void touch() {
        synchronized (lock) {
            touched = true;
        }
        wake();
    }

    private void add(T item) {
        if (pending.size() == capacity) {
            pending.pollFirst();
            dropped++;
        }
        pending.addLast(item);
    }

    /** Takes everything accumulated so far. The pulse does this; tests may call it from any thread. */
    public Batch<T> drain() {
        Batch<T> batch = take();
        return batch == null ? new Batch<>(List.of(), 0) : batch;
    }

    /** What accumulated, or null when nothing did and nobody touched. */
    private Batch<T> take() {
        ArrayDeque<T> taken;
        long droppedNow;
        synchronized (lock) {
            if (pending.isEmpty() && dropped == 0 && !touched) {
                return null;
            }
            taken = pending;
            droppedNow = dropped;
            pending = new ArrayDeque<>();
            dropped = 0;
            touched = false;
        }
        return new Batch<>(new ArrayList<>(taken), droppedNow);
    }

    private boolean hasPending() {
        synchronized (lock) {
            return !pending.isEmpty() || dropped > 0 || touched;
        }
    }

    private void wake() {
        if (armed.compareAndSet(false, true)) {
            Platform.runLater(timer::start);
        }
    }

    private void onPulse(long now) {
        if (lastDelivery != Long.MIN_VALUE && now - lastDelivery < (flooded ? floodGapNanos : minGapNanos)) {
            return;
        }
        if (turns != null && hasPending() && !turns.claim(this, now)) {
            return;
        }
        Batch<T> batch = take();
        if (batch != null) {
            lastDelivery = now;
            flooded = batch.dropped() > 0;
            apply.accept(batch);
            return;
        }
        timer.stop();
        armed.set(false);
        // A post that saw the timer armed just before it stopped has to be picked up here, or it would wait.
        if (hasPending() && armed.compareAndSet(false, true)) {
            timer.start();
        }
    }

    /**
     * Taken in turn by batchers whose deliveries are costly, such as views that lay out many rows: in each pulse
     * only one of them delivers, the one that has waited longest, so a flood into several views costs one view's
     * update per pulse instead of all of them at once. Used on the FX thread only.
     */
    public static final class Turns {

        private final ArrayDeque<Object> waiting = new ArrayDeque<>();
        private long pulse = Long.MIN_VALUE;
        private boolean taken;

        boolean claim(Object batcher, long now) {
            if (now != pulse) {
                // Nobody delivered in the last pulse although some waited: the first in line was taken down.
                if (!taken && !waiting.isEmpty()) {
                    waiting.pollFirst();
                }
                pulse = now;
                taken = false;
            }
            Object first = waiting.peekFirst();
            if (!taken && (first == null || first == batcher)) {
                waiting.remove(batcher);
                taken = true;
                return true;
            }
            if (!waiting.contains(batcher)) {
                waiting.addLast(batcher);
            }
            return false;
        }
    }
}
