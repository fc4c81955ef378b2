package dev.incidentconsole.ui.review;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.bundle.review.StepOutputs;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.ProblemText;
import dev.incidentconsole.ui.evidence.CompareView;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A step picker over the console's compare view: the output of the chosen step on each host, side by side. */
final class StepComparePane extends VBox {

    /** As much of each host's output as the compare view is given in the live console. */
    static final int MAX_BYTES = 512 * 1024;

    private final StepOutputs outputs;
    private final BackgroundTasks tasks;
    private final ComboBox<String> step = new ComboBox<>();
    private final CompareView compare;
    private final Label message = new Label();

    StepComparePane(StepOutputs outputs, List<String> steps, BackgroundTasks tasks) {
        super(8);
        this.outputs = outputs;
        this.tasks = tasks;
        this.compare = new CompareView(tasks);
        setId("review-compare");
        getStyleClass().add("review-pane");
        step.setId("review-compare-step");
        step.getItems().setAll(steps);
        step.setPromptText(steps.isEmpty() ? "No step ran a command" : "Choose a step");
        step.setTooltip(new Tooltip("The step whose output to compare across hosts (Alt+S)"));
        Label label = new Label("_Step");
        label.setMnemonicParsing(true);
        label.setLabelFor(step);
        message.setId("review-compare-message");
        message.getStyleClass().add(Styles.DANGER);
        HBox picker = new HBox(8, label, step, message);
        picker.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(compare, Priority.ALWAYS);
        getChildren().addAll(picker, compare);
        step.valueProperty().addListener((obs, was, now) -> load(now));
    }

    /** Compares the first step, unless one is chosen already; outputs are read only once someone looks. */
    void showFirstStep() {
        if (step.getValue() == null && !step.getItems().isEmpty()) {
            step.setValue(step.getItems().get(0));
        }
    }

    private void load(String stepId) {
        message.setText("");
        if (stepId == null) {
            return;
        }
        tasks.run("Reading the outputs of " + stepId, () -> outputs.latestPerHost(stepId, MAX_BYTES), compare::show,
                failure -> message.setText("Could not read the outputs of " + stepId + ": " + ProblemText.describe(failure)));
    }

    CompareView compare() {
        return compare;
    }

    ComboBox<String> stepPicker() {
        return step;
    }
}
