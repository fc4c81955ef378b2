package dev.incidentconsole.ui.incident;

import dev.incidentconsole.runbook.Parameter;
import dev.incidentconsole.runbook.Runbook;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A field per parameter of the chosen runbook, prefilled with its default and checked against its declared
 * type as the responder types; the problem shows under the field in words.
 */
final class ParameterFields extends VBox {

    private final Map<Parameter, TextField> fields = new LinkedHashMap<>();
    private final Map<Parameter, Label> errors = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    ParameterFields() {
        super(10);
        setId("parameter-fields");
    }

    void show(Runbook runbook) {
        getChildren().clear();
        fields.clear();
        errors.clear();
        if (runbook == null || runbook.parameters().isEmpty()) {
            Label none = new Label(runbook == null ? "Choose a runbook to see its parameters." : "This runbook has no parameters.");
            none.getStyleClass().add("field-hint");
            getChildren().add(none);
        } else {
            runbook.parameters().forEach(this::add);
        }
        revalidate();
    }

    private void add(Parameter parameter) {
        Label name = new Label(parameter.name() + "  (" + parameter.type().label() + (required(parameter) ? ", required" : "") + ")");
        name.getStyleClass().add("field-label");
        TextField field = new TextField(parameter.defaultValue() == null ? "" : parameter.defaultValue());
        field.setId("param-" + parameter.name());
        field.setPromptText(parameter.description() == null ? parameter.type().label() : parameter.description());
        name.setLabelFor(field);
        Label error = new Label();
        error.setId("param-" + parameter.name() + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        field.textProperty().addListener((obs, was, now) -> revalidate());
        fields.put(parameter, field);
        errors.put(parameter, error);
        VBox box = new VBox(3, name, field, error);
        if (parameter.description() != null) {
            Label description = new Label(parameter.description());
            description.getStyleClass().add("field-hint");
            description.setWrapText(true);
            box.getChildren().add(2, description);
        }
        getChildren().add(box);
    }

    private void revalidate() {
        boolean allGood = true;
        for (Map.Entry<Parameter, TextField> entry : fields.entrySet()) {
            Optional<String> problem = problem(entry.getKey(), entry.getValue().getText());
            Label error = errors.get(entry.getKey());
            error.setText(problem.orElse(""));
            error.setVisible(problem.isPresent());
            allGood &= problem.isEmpty();
        }
        valid.set(allGood);
    }

    /** A blank field means "use the default" or, for an optional parameter without one, "not given". */
    static Optional<String> problem(Parameter parameter, String value) {
        if (value == null || value.isEmpty()) {
            return required(parameter) ? Optional.of(parameter.name() + " is required") : Optional.empty();
        }
        return parameter.problemWith(value);
    }

    private static boolean required(Parameter parameter) {
        return parameter.required() && parameter.defaultValue() == null;
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The values typed in, blank fields left out. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((parameter, field) -> {
            if (!field.getText().isEmpty()) values.put(parameter.name(), field.getText());
        });
        return values;
    }
}
