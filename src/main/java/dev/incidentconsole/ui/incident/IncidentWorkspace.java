package dev.incidentconsole.ui.incident;

import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.runbook.Step;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.ObservableList;
import javafx.scene.control.SplitPane;
import javafx.stage.Window;

/**
 * The screen a responder works an incident in: the checklist beside the selected step. Change steps are
 * confirmed in {@link ChangeConfirmationDialog}; live output goes wherever {@code watcher} sends it.
 */
public final class IncidentWorkspace extends SplitPane {

    private final IncidentWorkspaceModel model;
    private final ChecklistPane checklist;
    private final StepActions actions;

    /**
     * {@code session} must have been built off the FX thread (it reads the timeline); {@code executor} runs
     * steps and store writes and needs a free thread per running step; {@code selectedHosts} are the aliases
     * "Run on selected hosts" uses.
     */
    public IncidentWorkspace(IncidentSession session, EvidenceStore store, List<HostTarget> hosts, Executor executor,
                             Clock clock, StepRunWatcher watcher, ObservableList<String> selectedHosts) {
        setId("incident-workspace");
        model = new IncidentWorkspaceModel(session, store, hosts, executor, clock, this::confirmChange, watcher);
        actions = new StepActions(model, selectedHosts);
        checklist = new ChecklistPane(model, actions);
        StepPane step = new StepPane(model, actions);
        actions.anchorTo(this);
        getItems().addAll(checklist, step);
        setDividerPositions(0.42);
        model.start();
    }

    private boolean confirmChange(Step step, List<HostTarget> targets) {
        return ChangeConfirmationDialog.asking(this::window, model.runbook(), model.parameterValues()).approve(step, targets);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public IncidentWorkspaceModel model() {
        return model;
    }

    /** As Enter in the checklist: runs the selected step on all hosts, or offers to check off a manual one. */
    public void runSelectedStep() {
        actions.runOrCheckOff();
    }

    public void focusChecklist() {
        checklist.focusChecklist();
    }

    /** Stops the clocks; call when the workspace leaves the window. */
    public void close() {
        model.stop();
    }
}
