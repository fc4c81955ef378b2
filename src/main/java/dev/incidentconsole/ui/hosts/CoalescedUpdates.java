package dev.incidentconsole.ui.hosts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Collects host updates from any thread and hands them to the FX thread in batches: one {@code runLater} for
 * however many arrive before the FX thread gets to them, keeping only the newest update per host.
 */
final class CoalescedUpdates {

    private final Map<String, HostUpdate> pending = new LinkedHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<HostUpdate>> applyOnFxThread;

    CoalescedUpdates(Consumer<List<HostUpdate>> applyOnFxThread) {
        this.applyOnFxThread = applyOnFxThread;
    }

    void offer(HostUpdate update) {
        synchronized (pending) {
            pending.remove(update.alias()); // re-inserted last, so hosts apply in the order they changed
            pending.put(update.alias(), update);
        }
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        // Cleared before taking the batch: an update offered from here on schedules the next drain.
        scheduled.set(false);
        List<HostUpdate> batch;
        synchronized (pending) {
            batch = List.copyOf(pending.values());
            pending.clear();
        }
        if (!batch.isEmpty()) {
            applyOnFxThread.accept(batch);
        }
    }
}
