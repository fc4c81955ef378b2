package dev.incidentconsole.ui.incident;

import atlantafx.base.controls.Spacer;
import dev.incidentconsole.incident.PhaseClock;
import dev.incidentconsole.runbook.Phase;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.runbook.TimeBoxText;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** A phase's heading in the checklist: number, title, time box and its live clock. */
final class PhaseHeader extends HBox {

    private final Label clock = new Label();

    PhaseHeader(Phase phase, int number) {
        super(10);
        getStyleClass().add("phase-row");
        setAlignment(Pos.CENTER_LEFT);
        Label index = new Label("PHASE " + number);
        index.getStyleClass().add("phase-row-number");
        index.setMinWidth(Label.USE_PREF_SIZE);
        Label title = new Label(phase.title());
        title.getStyleClass().add("phase-row-title");
        getChildren().addAll(index, title, new Spacer());
        phase.timeBoxIfAny().ifPresent(box -> {
            Label window = new Label(TimeBoxText.format(box), Icons.icon(MaterialDesignC.CLOCK_OUTLINE, "phase-row-icon"));
            window.setId("phase-window-" + number);
            window.getStyleClass().add("phase-window");
            window.setMinWidth(Label.USE_PREF_SIZE);
            getChildren().add(window);
        });
        clock.setId("phase-clock-" + number);
        clock.getStyleClass().add("phase-clock");
        clock.setMinWidth(Label.USE_PREF_SIZE);
        getChildren().add(clock);
    }

    void show(PhaseClock reading, String text) {
        clock.setText(text);
        clock.setVisible(!text.isEmpty());
        clock.getStyleClass().removeIf(style -> style.startsWith("clock-"));
        clock.getStyleClass().add("clock-" + reading.status().name().toLowerCase(Locale.ROOT));
    }
}
