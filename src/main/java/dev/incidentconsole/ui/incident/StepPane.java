package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.runbook.Parameter;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.runbook.StepKind;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.Shortcuts;
import dev.incidentconsole.ui.runbook.StepCard;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The selected step: what it says and runs (parameters highlighted), where it stands, and the buttons to run
 * it on all or on the selected hosts, cancel it while it runs, check it off or skip it.
 */
public final class StepPane extends BorderPane {

    private final IncidentWorkspaceModel model;
    private final StepActions actions;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final VBox details = new VBox(12);
    private final Label state = new Label();
    private final Label outcome = new Label();
    private final Button runAll;
    private final Button runSelected;
    private final Button cancel;
    private final Button checkOff;
    private final Button skip;
    private final InvalidationListener refresher = observable -> refresh();
    private StepItem shown;

    /** {@code selectedHosts} are the aliases "Run on selected hosts" uses, chosen elsewhere (a hosts panel). */
    public StepPane(IncidentWorkspaceModel model, ObservableList<String> selectedHosts) {
        this(model, new StepActions(model, selectedHosts));
    }

    StepPane(IncidentWorkspaceModel model, StepActions actions) {
        this.model = model;
        this.actions = actions;
        setId("step-pane");
        getStyleClass().add("step-pane");
        Stylesheets.addTo(getStylesheets());
        model.runbook().parameters().forEach(p -> parameters.put(p.name(), p));
        actions.anchorTo(this);

        runAll = button("run-all-button", "_Run on all hosts", MaterialDesignP.PLAY, "Run on all hosts ("
                + model.hosts().stream().map(HostTarget::alias).collect(Collectors.joining(", ")) + ")",
                IncidentShortcuts.RUN, actions::runOnAll);
        runSelected = button("run-selected-button", "Run on _selected hosts", MaterialDesignP.PLAY_CIRCLE_OUTLINE,
                "Run on the hosts selected in the hosts panel", IncidentShortcuts.RUN_ON_SELECTED, actions::runOnSelected);
        cancel = button("cancel-run-button", "_Cancel", MaterialDesignS.STOP_CIRCLE_OUTLINE,
                "Stop the step on every host", IncidentShortcuts.CANCEL_RUN, actions::cancel);
        cancel.getStyleClass().add("danger");
        checkOff = button("check-off-button", "Check _off\u2026", MaterialDesignC.CHECK_CIRCLE_OUTLINE,
                "Record that you did this step, with an optional note", IncidentShortcuts.CHECK_OFF, actions::checkOff);
        skip = button("skip-button", "S_kip\u2026", MaterialDesignS.SKIP_NEXT_CIRCLE_OUTLINE,
                "Skip this step, giving a reason", IncidentShortcuts.SKIP, actions::skip);
        state.setId("selected-step-state");
        state.getStyleClass().add("step-state");
        FlowPane toolbar = new FlowPane(8, 8, runAll, runSelected, cancel, checkOff, skip, state);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("step-toolbar");
        setTop(toolbar);

        outcome.setId("selected-step-outcome");
        outcome.getStyleClass().add("step-outcome");
        outcome.setWrapText(true);
        details.getStyleClass().add("step-details");
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        setBottom(messages());

        StepKeys.install(this, actions);
        actions.selectedHosts().addListener((ListChangeListener<String>) change -> refresh());
        model.selectedProperty().addListener((obs, was, now) -> show(now));
        show(model.selectedProperty().get());
    }

    private VBox messages() {
        Label problem = new Label();
        problem.setId("incident-problem");
        problem.getStyleClass().add("step-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label status = new Label();
        status.setId("incident-status");
        status.getStyleClass().add("step-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        VBox box = new VBox(4, problem, status);
        box.getStyleClass().add("step-messages");
        return box;
    }

    private void show(StepItem item) {
        if (shown != null) {
            shown.stateProperty().removeListener(refresher);
            shown.busyProperty().removeListener(refresher);
            shown.detailProperty().removeListener(refresher);
        }
        shown = item;
        if (item == null) {
            details.getChildren().setAll(new Label("Select a step of the checklist."));
        } else {
            item.stateProperty().addListener(refresher);
            item.busyProperty().addListener(refresher);
            item.detailProperty().addListener(refresher);
            details.getChildren().setAll(StepCard.of(item.step(), parameters), outcome);
        }
        refresh();
    }

    private void refresh() {
        StepItem item = shown;
        Step step = item == null ? null : item.step();
        boolean runs = step != null && step.runsOnHosts();
        boolean manual = step != null && step.kind() == StepKind.MANUAL;
        boolean busy = item != null && item.busy();
        boolean done = item != null && item.state().done();
        boolean closed = !model.incident().open();
        visible(runAll, runs);
        visible(runSelected, runs);
        visible(cancel, item != null && item.running());
        visible(checkOff, manual);
        runAll.setDisable(busy || closed);
        runSelected.setDisable(busy || closed || actions.selectedHosts().isEmpty());
        checkOff.setDisable(busy || done);
        skip.setDisable(item == null || busy || done);
        StepState current = item == null ? null : item.state();
        state.setText(current == null ? "" : current.label());
        state.getStyleClass().removeIf(style -> style.startsWith("state-"));
        if (current != null) state.getStyleClass().add(StateLook.styleClass(current));
        state.setGraphic(current == null ? null : StateLook.icon(current));
        outcome.setText(item == null ? "" : item.detailProperty().get());
    }

    private static Button button(String id, String text, Ikon icon, String what, KeyCombination shortcut, Runnable action) {
        Button button = new Button(text, Icons.icon(icon));
        button.setOnAction(event -> action.run());
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setTooltip(new Tooltip(Shortcuts.hint(what, shortcut)));
        return button;
    }

    private static void visible(Button button, boolean visible) {
        button.setVisible(visible);
        button.setManaged(visible);
    }
}
