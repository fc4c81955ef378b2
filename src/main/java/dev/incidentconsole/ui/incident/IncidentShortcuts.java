package dev.incidentconsole.ui.incident;

import javafx.scene.input.KeyCombination;

/** The keyboard shortcuts of the incident screens; buttons, tooltips and key handlers all read them from here. */
public final class IncidentShortcuts {

    public static final KeyCombination NEW_INCIDENT = KeyCombination.keyCombination("Shortcut+Shift+N");
    public static final KeyCombination RUN = KeyCombination.keyCombination("Shortcut+R");
    public static final KeyCombination RUN_ON_SELECTED = KeyCombination.keyCombination("Shortcut+Shift+R");
    public static final KeyCombination SKIP = KeyCombination.keyCombination("Shortcut+Shift+S");
    public static final KeyCombination CHECK_OFF = KeyCombination.keyCombination("Shortcut+Shift+K");
    public static final KeyCombination CANCEL_RUN = KeyCombination.keyCombination("Shortcut+PERIOD");
    public static final KeyCombination NOTE = KeyCombination.keyCombination("Shortcut+Shift+M");
    public static final KeyCombination ESCALATE = KeyCombination.keyCombination("Shortcut+Shift+E");

    private IncidentShortcuts() {
    }
}
