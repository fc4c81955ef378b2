package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.RunListener;

/**
 * Where live output goes: called on the FX thread just before a step starts, it may open an output view per
 * host and return the listener whose sinks feed them. The listener is called from worker threads, so the views
 * must coalesce what they receive (at most one FX update per pulse).
 */
@FunctionalInterface
public interface StepRunWatcher {

    RunListener watch(StepRun run);

    /** Shows no live output; everything still goes into the evidence store. */
    StepRunWatcher NONE = run -> RunListener.NONE;
}
