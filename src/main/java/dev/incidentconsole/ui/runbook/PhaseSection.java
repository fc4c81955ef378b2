package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.runbook.Parameter;
import dev.incidentconsole.runbook.Phase;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.ui.common.Icons;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** A phase: its number, title and time box, then its steps. */
final class PhaseSection {

    private PhaseSection() {
    }

    static VBox of(Phase phase, int index, Map<String, Parameter> parameters) {
        Label number = new Label("PHASE " + index);
        number.getStyleClass().add("phase-number");
        Label title = new Label(phase.title());
        title.getStyleClass().add("phase-title");
        title.setWrapText(true);
        HBox header = new HBox(12, number, title);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("phase-header");
        phase.timeBoxIfAny().ifPresent(box -> {
            Label time = new Label(TimeBoxText.format(box), Icons.icon(MaterialDesignC.CLOCK_OUTLINE, "phase-time-icon"));
            time.setId("phase-time-" + index);
            time.getStyleClass().add("phase-time");
            time.setMinWidth(Label.USE_PREF_SIZE);
            header.getChildren().add(time);
        });
        VBox section = new VBox(12, header);
        section.setId("phase-" + index);
        section.getStyleClass().add("phase");
        for (Step step : phase.steps()) {
            section.getChildren().add(StepCard.of(step, parameters));
        }
        return section;
    }
}
