package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.runbook.Severity;
import java.util.Locale;
import javafx.scene.control.Label;

/** A small coloured label naming a runbook's severity; the colour comes from the style class. */
public final class SeverityBadge {

    private SeverityBadge() {
    }

    public static Label of(Severity severity) {
        String word = severity == null ? "unrated" : severity.label();
        Label badge = new Label(word.toUpperCase(Locale.ROOT));
        badge.getStyleClass().addAll("severity-badge", "severity-" + word);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }
}
