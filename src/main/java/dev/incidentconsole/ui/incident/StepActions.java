package dev.incidentconsole.ui.incident;

import dev.incidentconsole.runbook.StepKind;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * What the responder can do to the selected step, shared by the checklist's keys and the step pane's buttons:
 * each action asks for what it needs (a reason, a note) in a dialog over the workspace, then hands it to the model.
 */
final class StepActions {

    private final IncidentWorkspaceModel model;
    private final ObservableList<String> selectedHosts;
    private Node anchor;

    StepActions(IncidentWorkspaceModel model, ObservableList<String> selectedHosts) {
        this.model = model;
        this.selectedHosts = selectedHosts;
    }

    /** The node whose window owns the dialogs. */
    void anchorTo(Node node) {
        anchor = node;
    }

    Window owner() {
        return anchor == null || anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    ObservableList<String> selectedHosts() {
        return selectedHosts;
    }

    void runOnAll() {
        StepItem item = model.selectedProperty().get();
        if (item != null) model.runOnAll(item);
    }

    void runOnSelected() {
        StepItem item = model.selectedProperty().get();
        if (item != null) model.runOn(item, List.copyOf(selectedHosts));
    }

    /** Runs the selected step on all hosts, or offers to check it off when it is done by hand. */
    void runOrCheckOff() {
        StepItem item = model.selectedProperty().get();
        if (item == null) return;
        if (item.step().kind() == StepKind.MANUAL) {
            checkOff();
        } else {
            model.runOnAll(item);
        }
    }

    void cancel() {
        StepItem item = model.selectedProperty().get();
        if (item != null) model.cancel(item);
    }

    void checkOff() {
        StepItem item = model.selectedProperty().get();
        if (item == null) return;
        TextPrompt.ask(owner(), "Check off", "Check off '" + item.step().title() + "'? Add a note if it helps.",
                "Check off", false).ifPresent(note -> model.checkOff(item, note));
    }

    void skip() {
        StepItem item = model.selectedProperty().get();
        if (item == null) return;
        TextPrompt.ask(owner(), "Skip step", "Why is '" + item.step().title() + "' skipped?", "Skip", true)
                .ifPresent(reason -> model.skip(item, reason));
    }

    void note() {
        TextPrompt.ask(owner(), "Add note", "What should the record say?", "Add note", true).ifPresent(model::note);
    }

    void escalate() {
        TextPrompt.ask(owner(), "Escalate", "Who was escalated to, and why?", "Record escalation", true)
                .ifPresent(model::escalate);
    }
}
