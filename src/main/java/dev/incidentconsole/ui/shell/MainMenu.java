package dev.incidentconsole.ui.shell;

import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.Shortcuts;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** File, View and Help, each item with its shortcut shown. */
final class MainMenu extends MenuBar {

    MainMenu(Runnable quit, Runnable focusSearch, BooleanProperty dark, Runnable showShortcuts) {
        setId("main-menu");
        setUseSystemMenuBar(true);

        MenuItem quitItem = item("Quit", quit);
        quitItem.setId("menu-quit");
        quitItem.setGraphic(Icons.icon(MaterialDesignE.EXIT_TO_APP));
        quitItem.setAccelerator(Shortcuts.QUIT);

        MenuItem search = item("Search runbooks", focusSearch);
        search.setId("menu-search");
        search.setGraphic(Icons.icon(MaterialDesignM.MAGNIFY));
        search.setAccelerator(Shortcuts.FIND);

        CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");
        darkTheme.setId("menu-dark-theme");
        darkTheme.setAccelerator(Shortcuts.DARK_THEME);
        darkTheme.selectedProperty().bindBidirectional(dark);

        MenuItem shortcuts = item("Keyboard shortcuts", showShortcuts);
        shortcuts.setId("menu-shortcuts");
        shortcuts.setGraphic(Icons.icon(MaterialDesignK.KEYBOARD_OUTLINE));

        getMenus().addAll(
                new Menu("File", null, quitItem),
                new Menu("View", null, search, new SeparatorMenuItem(), darkTheme),
                new Menu("Help", null, shortcuts));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }
}
