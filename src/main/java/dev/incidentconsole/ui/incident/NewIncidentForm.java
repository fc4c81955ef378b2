package dev.incidentconsole.ui.incident;

import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.incident.ParameterValues;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.runbook.Severity;
import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The fields of a new incident: title, severity, live or exercise, runbook, hosts and the runbook's parameter
 * values, each checked as it is filled in. {@link #validProperty()} is true only when all of it may be opened.
 */
final class NewIncidentForm extends GridPane {

    private final HostInventory inventory;
    private final Operator operator;
    private final Clock clock;
    private final TextField title = new TextField();
    private final Label titleError = new Label("Give the incident a title");
    private final ComboBox<Severity> severity = new ComboBox<>();
    private final RadioButton live = new RadioButton("_Live incident");
    private final RadioButton exercise = new RadioButton("E_xercise (drill)");
    private final RunbookPicker runbooks;
    private final HostPicker hosts;
    private final ParameterFields parameters = new ParameterFields();
    private final Label hostError = new Label("Tick at least one host");
    private final BooleanBinding valid;
    private boolean severityChosen;

    NewIncidentForm(RunbookLibrary library, HostInventory inventory, Operator operator, Clock clock) {
        this.inventory = inventory;
        this.operator = operator;
        this.clock = clock;
        this.runbooks = new RunbookPicker(library);
        this.hosts = new HostPicker(inventory);
        setId("new-incident-form");
        getStyleClass().add("new-incident-form");
        setHgap(14);
        setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);

        title.setId("incident-title-field");
        title.setPromptText("What is happening, in a few words");
        error(titleError, "incident-title-error");
        titleError.visibleProperty().bind(Bindings.createBooleanBinding(() -> title.getText().isBlank(), title.textProperty()));
        severity.setId("incident-severity");
        severity.getItems().setAll(Severity.values());
        severity.setConverter(new StringConverter<>() {
            @Override
            public String toString(Severity value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Severity fromString(String text) {
                return Severity.parse(text).orElse(null);
            }
        });
        severity.setPromptText("choose");
        severity.setOnAction(event -> severityChosen = true);
        ToggleGroup mode = new ToggleGroup();
        live.setId("mode-live");
        exercise.setId("mode-exercise");
        live.setToggleGroup(mode);
        exercise.setToggleGroup(mode);
        live.setSelected(true);
        error(hostError, "hosts-error");
        hostError.visibleProperty().bind(Bindings.isEmpty(hosts.chosen()));
        runbooks.selectedProperty().addListener((obs, was, now) -> runbookChosen(now));
        parameters.show(null);

        row(0, "_Title", title, new VBox(3, title, titleError));
        row(1, "_Severity", severity, severity);
        row(2, "Mode", live, new HBox(16, live, exercise));
        row(3, "_Runbook", runbooks, runbooks);
        row(4, "_Hosts", hosts, new VBox(3, hosts, hostError));
        row(5, "Parameters", parameters, parameters);

        valid = Bindings.createBooleanBinding(() -> !title.getText().isBlank() && severity.getValue() != null
                        && runbooks.selectedProperty().get() != null && !hosts.chosen().isEmpty() && parameters.validProperty().get(),
                title.textProperty(), severity.valueProperty(), runbooks.selectedProperty(), hosts.chosen(), parameters.validProperty());
    }

    private void row(int index, String caption, Node target, Node content) {
        Label label = new Label(caption);
        label.setMnemonicParsing(true);
        label.setLabelFor(target instanceof RunbookPicker picker ? picker.getChildren().get(0)
                : target instanceof HostPicker picker ? picker.getChildren().get(0) : target);
        label.getStyleClass().add("form-label");
        addRow(index, label, content);
    }

    private static void error(Label label, String id) {
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.managedProperty().bind(label.visibleProperty());
    }

    private void runbookChosen(Runbook runbook) {
        parameters.show(runbook);
        if (runbook != null && !severityChosen && runbook.severity() != null) {
            severity.setValue(runbook.severity());
        }
    }

    BooleanBinding validProperty() {
        return valid;
    }

    /** The incident as filled in; call only while the form is valid. */
    NewIncidentRequest request() {
        Runbook runbook = runbooks.selectedProperty().get();
        List<String> aliases = List.copyOf(hosts.chosen());
        NewIncident incident = new NewIncident(title.getText().strip(), severity.getValue().label(), exercise.isSelected(),
                operator.name(), operator.email(), List.of(runbook.id()), aliases,
                ParameterValues.resolve(runbook, parameters.values()), clock.instant());
        return new NewIncidentRequest(incident, runbook, aliases.stream().map(inventory::resolve).toList());
    }

    void focusTitle() {
        title.requestFocus();
    }
}
