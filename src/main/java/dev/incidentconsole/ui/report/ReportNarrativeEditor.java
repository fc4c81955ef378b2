package dev.incidentconsole.ui.report;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.report.ReportNarrative;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The four sections of the report that the responder writes: impact, root cause, remediation, lessons learned. */
final class ReportNarrativeEditor extends VBox {

    private final TextArea impact = area("narrative-impact", "Who or what was affected, how badly, for how long");
    private final TextArea rootCause = area("narrative-root-cause", "Why it happened, as far as is known");
    private final TextArea remediation = area("narrative-remediation", "What was done to restore service");
    private final TextArea lessons = area("narrative-lessons", "What to change so it does not happen again");
    private final ReadOnlyObjectWrapper<ReportNarrative> narrative = new ReadOnlyObjectWrapper<>(this, "narrative");

    ReportNarrativeEditor(ReportNarrative initial) {
        super(6);
        setId("narrative-editor");
        getStyleClass().add("narrative-editor");
        ReportNarrative start = initial == null ? ReportNarrative.blank() : initial;
        impact.setText(start.impact());
        rootCause.setText(start.rootCause());
        remediation.setText(start.remediation());
        lessons.setText(start.lessonsLearned());
        narrative.set(start);
        Label heading = new Label("Your account");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Shown as plain text in the report; blank sections read \u201cTo be written\u201d.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(heading, hint, labelled("_Impact", impact), impact, labelled("_Root cause", rootCause),
                rootCause, labelled("Re_mediation", remediation), remediation, labelled("_Lessons learned", lessons), lessons);
        for (TextArea area : new TextArea[] {impact, rootCause, remediation, lessons}) {
            area.textProperty().addListener((obs, was, now) -> narrative.set(current()));
        }
    }

    ReadOnlyObjectProperty<ReportNarrative> narrativeProperty() {
        return narrative.getReadOnlyProperty();
    }

    private ReportNarrative current() {
        return new ReportNarrative(impact.getText(), rootCause.getText(), remediation.getText(), lessons.getText());
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.setTooltip(new Tooltip(prompt + "\nCtrl+Tab moves to the next field"));
        VBox.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    private static Label labelled(String mnemonicText, TextArea area) {
        Label label = new Label(mnemonicText);
        label.setMnemonicParsing(true);
        label.setLabelFor(area);
        label.getStyleClass().add("narrative-label");
        return label;
    }
}
