package dev.incidentconsole.incident;

import dev.incidentconsole.remote.HostTarget;

/**
 * Hears how a collection goes, on the collecting threads (one per host, concurrently). {@link #received} is
 * called for every chunk, so a view must only count there and redraw on its own schedule.
 */
public interface CollectionListener {

    CollectionListener NONE = new CollectionListener() {
    };

    default void received(HostTarget host, String path, int bytes) {
    }

    /** One (host, path) is done, its entry sealed (or, cancelled before it started, never opened). */
    default void fileEnded(CollectionOutcome.File file) {
    }
}
