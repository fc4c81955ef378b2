package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.runbook.Parameter;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The parameters a responder supplies when the incident opens: name, type, required or default, description. */
final class ParameterTable {

    private ParameterTable() {
    }

    static GridPane of(List<Parameter> parameters) {
        GridPane grid = new GridPane();
        grid.setId("parameter-table");
        grid.getStyleClass().add("parameter-table");
        // Values and descriptions wrap: in a narrow preview the table must not push the page wider than its view.
        ColumnConstraints value = new ColumnConstraints(96, Region.USE_COMPUTED_SIZE, 280);
        value.setHgrow(Priority.NEVER);
        grid.getColumnConstraints().addAll(fixed(), fixed(), value, growing());
        grid.addRow(0, header("Name"), header("Type"), header("Value"), header("Description"));
        int row = 1;
        for (Parameter p : parameters) {
            String stripe = row % 2 == 0 ? "row-even" : "row-odd";
            grid.addRow(row++,
                    cell(stripe, text(p.name(), "parameter-name")),
                    cell(stripe, text(p.type().label(), "parameter-type")),
                    value(p, stripe),
                    description(p, stripe));
        }
        return grid;
    }

    private static VBox value(Parameter p, String stripe) {
        // A parameter is required unless it says otherwise; a default fills the value in.
        if (p.defaultValue() != null) {
            Label value = text("default " + p.defaultValue(), "parameter-default");
            value.setWrapText(true);
            return cell(stripe, value);
        }
        return cell(stripe, p.required() ? text("required", "parameter-required") : text("optional", "parameter-optional"));
    }

    private static VBox description(Parameter p, String stripe) {
        Label description = text(p.description() == null ? "" : p.description(), "parameter-description");
        description.setWrapText(true);
        VBox box = cell(stripe, description);
        String limits = limits(p);
        if (!limits.isEmpty()) {
            Label label = text(limits, "parameter-limits");
            label.setWrapText(true);
            box.getChildren().add(label);
        }
        return box;
    }

    private static String limits(Parameter p) {
        StringBuilder out = new StringBuilder();
        if (p.pattern() != null) out.append("must match ").append(p.pattern().pattern());
        if (p.min() != null) out.append(out.length() > 0 ? ", " : "").append("min ").append(p.min());
        if (p.max() != null) out.append(out.length() > 0 ? ", " : "").append("max ").append(p.max());
        return out.toString();
    }

    /** A few lines describing a parameter, for the tooltip on its references in commands. */
    static String summary(Parameter p) {
        StringBuilder out = new StringBuilder(p.name()).append(" (").append(p.type().label()).append(')');
        if (p.description() != null) out.append('\n').append(p.description());
        if (p.defaultValue() != null) out.append("\ndefault: ").append(p.defaultValue());
        else out.append(p.required() ? "\nrequired" : "\noptional");
        return out.toString();
    }

    private static VBox header(String title) {
        VBox box = cell("parameter-header-cell", text(title, "parameter-header"));
        return box;
    }

    private static VBox cell(String styleClass, Label... content) {
        VBox box = new VBox(2, content);
        box.getStyleClass().addAll("parameter-cell", styleClass);
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }

    private static Label text(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static ColumnConstraints fixed() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.NEVER);
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static ColumnConstraints growing() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(90);
        return c;
    }
}
