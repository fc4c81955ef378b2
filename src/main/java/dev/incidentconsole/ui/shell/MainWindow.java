package dev.incidentconsole.ui.shell;

import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.runbook.RunbookLibraryModel;
import dev.incidentconsole.ui.runbook.RunbookLibraryScreen;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window: menu, library screen and status bar. It owns the executor it is given for background work
 * and shuts it down when the window closes.
 */
public final class MainWindow {

    public static final String TITLE = "MCP Incident Console";

    private final Stage stage;
    private final ExecutorService background;
    private final ThemeSwitcher theme;
    private final RunbookLibraryModel library;
    private final RunbookLibraryScreen libraryScreen;

    public MainWindow(Stage stage, ExecutorService background, Callable<RunbookLibrary> librarySource,
                      ThemeSwitcher theme, Clock clock) {
        this.stage = stage;
        this.background = background;
        this.theme = theme;
        this.library = new RunbookLibraryModel(new BackgroundTasks(background), librarySource);
        this.libraryScreen = new RunbookLibraryScreen(library, clock);

        BorderPane root = new BorderPane(libraryScreen);
        root.setId("main-window");
        root.setTop(new MainMenu(stage::close, libraryScreen::focusSearch, theme.darkProperty(),
                () -> ShortcutsDialog.show(stage)));
        root.setBottom(new StatusBar(library));

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("shell.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> background.shutdownNow());
    }

    /** Applies the theme, shows the window with the search field focused and starts loading the library. */
    public void show() {
        theme.apply();
        stage.show();
        libraryScreen.focusSearch();
        library.load();
    }

    public Stage stage() {
        return stage;
    }

    public RunbookLibraryModel library() {
        return library;
    }

    public ThemeSwitcher theme() {
        return theme;
    }
}
