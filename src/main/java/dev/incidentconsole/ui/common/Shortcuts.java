package dev.incidentconsole.ui.common;

import javafx.scene.input.KeyCombination;

/** The keyboard shortcuts of the console, in one place so menus, tooltips and the help dialog agree. */
public final class Shortcuts {

    public static final KeyCombination QUIT = KeyCombination.keyCombination("Shortcut+Q");
    public static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    public static final KeyCombination DARK_THEME = KeyCombination.keyCombination("Shortcut+Shift+D");
    public static final KeyCombination NEW_INCIDENT = KeyCombination.keyCombination("Shortcut+Shift+N");
    public static final KeyCombination CLOSE_INCIDENT = KeyCombination.keyCombination("Shortcut+W");
    public static final KeyCombination EXPORT_BUNDLE = KeyCombination.keyCombination("Shortcut+E");
    public static final KeyCombination OPEN_BUNDLE = KeyCombination.keyCombination("Shortcut+O");
    public static final KeyCombination NOTE = KeyCombination.keyCombination("Shortcut+N");
    public static final KeyCombination ESCALATE = KeyCombination.keyCombination("Shortcut+Shift+E");
    public static final KeyCombination RUN_STEP = KeyCombination.keyCombination("Shortcut+R");
    public static final KeyCombination NEXT_STEP = KeyCombination.keyCombination("Alt+Down");
    public static final KeyCombination PREVIOUS_STEP = KeyCombination.keyCombination("Alt+Up");
    public static final KeyCombination COLLECT_FILES = KeyCombination.keyCombination("Shortcut+Shift+F");
    public static final KeyCombination TIMELINE = KeyCombination.keyCombination("Shortcut+T");
    public static final KeyCombination SHOW_INCIDENTS = KeyCombination.keyCombination("Shortcut+1");
    public static final KeyCombination SHOW_RUNBOOKS = KeyCombination.keyCombination("Shortcut+2");
    public static final KeyCombination NEXT_DIFFERENCE = KeyCombination.keyCombination("F7");
    public static final KeyCombination PREVIOUS_DIFFERENCE = KeyCombination.keyCombination("Shift+F7");

    private Shortcuts() {
    }

    /** The shortcut as the platform writes it, for example {@code Ctrl+F} or {@code ⌘F}. */
    public static String text(KeyCombination shortcut) {
        return shortcut.getDisplayText();
    }

    /** A tooltip line such as {@code Search runbooks (Ctrl+F)}. */
    public static String hint(String action, KeyCombination shortcut) {
        return action + " (" + text(shortcut) + ")";
    }
}
