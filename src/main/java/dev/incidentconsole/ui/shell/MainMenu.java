package dev.incidentconsole.ui.shell;

import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.Shortcuts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** File, Incident, View and Help, each item with its shortcut shown; incident items need an open incident. */
final class MainMenu extends MenuBar {

    /** What the menu items do. */
    record Actions(Runnable quit, Runnable newIncident, Runnable closeIncident, Runnable exportBundle,
                   Runnable openBundle, Runnable runStep, Runnable nextStep, Runnable previousStep, Runnable search,
                   Runnable note, Runnable escalate, Runnable collectFiles, Runnable showIncidents,
                   Runnable showRunbooks, Runnable showTimeline, Runnable showShortcuts) {
    }

    MainMenu(Actions actions, BooleanProperty dark, ObservableObjectValue<?> activeIncident) {
        setId("main-menu");
        setUseSystemMenuBar(true);

        MenuItem newIncident = item("menu-new-incident", "New incident\u2026", MaterialDesignP.PLUS_BOX_OUTLINE,
                Shortcuts.NEW_INCIDENT, actions.newIncident());
        MenuItem close = item("menu-close-incident", "Close incident tab", MaterialDesignC.CLOSE_BOX_OUTLINE,
                Shortcuts.CLOSE_INCIDENT, actions.closeIncident());
        MenuItem export = item("menu-export-bundle", "Export signed bundle\u2026", MaterialDesignP.PACKAGE_VARIANT_CLOSED,
                Shortcuts.EXPORT_BUNDLE, actions.exportBundle());
        MenuItem openBundle = item("menu-open-bundle", "Open bundle for review\u2026", MaterialDesignF.FOLDER_OPEN_OUTLINE,
                Shortcuts.OPEN_BUNDLE, actions.openBundle());
        MenuItem quit = item("menu-quit", "Quit", MaterialDesignE.EXIT_TO_APP, Shortcuts.QUIT, actions.quit());

        MenuItem run = item("menu-run-step", "Run selected step", MaterialDesignP.PLAY, Shortcuts.RUN_STEP, actions.runStep());
        MenuItem next = item("menu-next-step", "Next step", MaterialDesignA.ARROW_DOWN, Shortcuts.NEXT_STEP, actions.nextStep());
        MenuItem previous = item("menu-previous-step", "Previous step", MaterialDesignA.ARROW_UP, Shortcuts.PREVIOUS_STEP,
                actions.previousStep());
        MenuItem note = item("menu-note", "Add note\u2026", MaterialDesignN.NOTE_PLUS_OUTLINE, Shortcuts.NOTE, actions.note());
        MenuItem escalate = item("menu-escalate", "Escalate\u2026", MaterialDesignA.ALERT_OUTLINE, Shortcuts.ESCALATE,
                actions.escalate());
        MenuItem collect = item("menu-collect-files", "Collect files from hosts\u2026", MaterialDesignF.FILE_DOWNLOAD_OUTLINE,
                Shortcuts.COLLECT_FILES, actions.collectFiles());
        MenuItem timeline = item("menu-timeline", "Timeline", MaterialDesignT.TIMELINE_TEXT_OUTLINE, Shortcuts.TIMELINE,
                actions.showTimeline());
        for (MenuItem needsIncident : new MenuItem[] {close, export, run, next, previous, note, escalate, collect, timeline}) {
            needsIncident.disableProperty().bind(javafx.beans.binding.Bindings.isNull(activeIncident));
        }
        MenuItem search = item("menu-search", "Search", MaterialDesignM.MAGNIFY, Shortcuts.FIND, actions.search());

        MenuItem incidents = item("menu-incidents", "Incidents", MaterialDesignB.BELL_OUTLINE, Shortcuts.SHOW_INCIDENTS,
                actions.showIncidents());
        MenuItem runbooks = item("menu-runbooks", "Runbooks", MaterialDesignB.BOOK_OPEN_OUTLINE, Shortcuts.SHOW_RUNBOOKS,
                actions.showRunbooks());
        CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");
        darkTheme.setId("menu-dark-theme");
        darkTheme.setAccelerator(Shortcuts.DARK_THEME);
        darkTheme.selectedProperty().bindBidirectional(dark);

        MenuItem shortcuts = item("menu-shortcuts", "Keyboard shortcuts", MaterialDesignK.KEYBOARD_OUTLINE, null,
                actions.showShortcuts());

        getMenus().addAll(
                new Menu("_File", null, newIncident, close, new SeparatorMenuItem(), export, openBundle,
                        new SeparatorMenuItem(), quit),
                new Menu("_Incident", null, run, next, previous, new SeparatorMenuItem(), note, escalate, collect, new SeparatorMenuItem(), timeline, search),
                new Menu("_View", null, incidents, runbooks, new SeparatorMenuItem(), darkTheme),
                new Menu("_Help", null, shortcuts));
    }

    private static MenuItem item(String id, String text, Ikon icon, KeyCombination shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setGraphic(Icons.icon(icon));
        if (shortcut != null) {
            item.setAccelerator(shortcut);
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
