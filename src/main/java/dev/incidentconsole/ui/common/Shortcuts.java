package dev.incidentconsole.ui.common;

import javafx.scene.input.KeyCombination;

/** The keyboard shortcuts of the console, in one place so menus, tooltips and the help dialog agree. */
public final class Shortcuts {

    public static final KeyCombination QUIT = KeyCombination.keyCombination("Shortcut+Q");
    public static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    public static final KeyCombination DARK_THEME = KeyCombination.keyCombination("Shortcut+Shift+D");

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
