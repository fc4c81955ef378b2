package dev.incidentconsole.remote;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A cancel button for running commands: whoever holds it may cancel; runners register what to do then. */
public final class Cancellation {

    private volatile boolean cancelled;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        listeners.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code onCancel} when cancelled (at once if already cancelled). Returns a handle to unregister it. */
    public Runnable onCancel(Runnable onCancel) {
        listeners.add(onCancel);
        if (cancelled) {
            onCancel.run();
        }
        return () -> listeners.remove(onCancel);
    }

    public static Cancellation none() {
        return new Cancellation();
    }
}
