package dev.incidentconsole.ui.incident;

import dev.incidentconsole.ui.common.Icons;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Small labels that mark an incident: an exercise (its evidence is a drill's) or closed. */
final class Badges {

    private Badges() {
    }

    static Label exercise() {
        Label badge = new Label("EXERCISE", Icons.icon(MaterialDesignS.SCHOOL, "badge-icon"));
        badge.getStyleClass().addAll("severity-badge", "incident-badge", "badge-exercise");
        badge.setTooltip(new Tooltip("A drill: its evidence is marked as exercise evidence, never live"));
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    static Label closed() {
        Label badge = new Label("CLOSED");
        badge.getStyleClass().addAll("severity-badge", "incident-badge", "badge-closed");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    static Label open() {
        Label badge = new Label("OPEN");
        badge.getStyleClass().addAll("severity-badge", "incident-badge", "badge-open");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }
}
