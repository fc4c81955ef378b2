package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.runbook.Phase;
import dev.incidentconsole.runbook.Step;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One step of the open incident as the checklist shows it: where it stands, what its last run said, and whether
 * something is under way for it (a run, or a check-off being recorded). Changed only on the FX thread.
 */
public final class StepItem {

    private final Step step;
    private final Phase phase;
    private final ReadOnlyObjectWrapper<StepState> state;
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Cancellation cancellation;

    StepItem(Step step, Phase phase, StepState initial) {
        this.step = step;
        this.phase = phase;
        this.state = new ReadOnlyObjectWrapper<>(this, "state", initial);
    }

    public Step step() {
        return step;
    }

    public Phase phase() {
        return phase;
    }

    public String id() {
        return step.id();
    }

    public ReadOnlyObjectProperty<StepState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public StepState state() {
        return state.get();
    }

    /** What the last run or record said, for example {@code passed on alpha; failed on beta (exited 1)}. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean busy() {
        return busy.get();
    }

    /** True while the step runs on hosts (and so can be cancelled). */
    public boolean running() {
        return cancellation != null;
    }

    Cancellation cancellation() {
        return cancellation;
    }

    void started(Cancellation runCancellation) {
        cancellation = runCancellation;
        detail.set("");
        busy.set(true);
        state.set(StepState.RUNNING);
    }

    void recording() {
        busy.set(true);
    }

    void finished(StepState result, String text) {
        cancellation = null;
        busy.set(false);
        state.set(result);
        detail.set(text == null ? "" : text);
    }
}
