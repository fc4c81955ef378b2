package dev.incidentconsole.ui.shell;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.Transport;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.ProblemText;
import dev.incidentconsole.ui.common.ThemeSwitcher;
import dev.incidentconsole.ui.evidence.NoteDialog;
import dev.incidentconsole.ui.hosts.FxHostKeyApprover;
import dev.incidentconsole.ui.hosts.FxPassphrasePrompt;
import dev.incidentconsole.ui.incident.NewIncidentDialog;
import dev.incidentconsole.ui.incident.NewIncidentRequest;
import dev.incidentconsole.ui.incident.StartScreen;
import dev.incidentconsole.ui.runbook.RunbookLibraryModel;
import dev.incidentconsole.ui.runbook.RunbookLibraryScreen;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window: the incidents (start screen), the runbook library and one tab per open incident, with the
 * menu and the status bar. It loads the evidence store, the hosts and the library in the background as it opens,
 * owns the executor it is given and, when it closes, closes the transport and the store on a thread of their own.
 */
public final class MainWindow {

    public static final String TITLE = "MCP Incident Console";

    private final java.util.concurrent.CountDownLatch shutDownDone = new java.util.concurrent.CountDownLatch(1);
    private final Stage stage;
    private final ConsoleServices services;
    private final ExecutorService work;
    private final BackgroundTasks tasks;
    private final ThemeSwitcher theme;
    private final WindowPlacement placement;
    private final PaneLayout layout;
    private final RunbookLibraryModel library;
    private final RunbookLibraryScreen libraryScreen;
    private final TabPane tabs = new TabPane();
    private final Tab startTab = new Tab("Start");
    private final BorderPane incidentsHolder = new BorderPane();
    private final StatusBar statusBar;
    private final IncidentTabs incidentTabs;
    private final BundleExport bundleExport;
    private final BundleReviews reviews;
    private EvidenceStore store;
    private HostInventory inventory;
    private Transport transport;
    private StartScreen startScreen;

    public MainWindow(Stage stage, ConsoleServices services, ThemeSwitcher theme, WindowPlacement placement,
                      ExecutorService work) {
        this.stage = stage;
        this.services = services;
        this.work = work;
        this.tasks = new BackgroundTasks(work);
        this.theme = theme;
        this.placement = placement;
        this.layout = new PaneLayout(placement == null ? java.util.Map.of() : placement.dividers());
        this.library = new RunbookLibraryModel(tasks, services::loadRunbooks);
        this.libraryScreen = new RunbookLibraryScreen(library, services.clock());
        this.statusBar = new StatusBar(library);
        this.incidentTabs = new IncidentTabs(tabs, this::incidentViewContext, statusBar, stage, layout);
        this.bundleExport = new BundleExport(stage, services, work, statusBar, incidentTabs::notify);
        this.reviews = new BundleReviews(stage, tabs, services, work, statusBar);

        // The start tab: the incidents on the left, the runbook library beside them.
        incidentsHolder.setCenter(placeholder("Opening the evidence store\u2026"));
        incidentsHolder.setId("incidents-holder");
        javafx.scene.control.SplitPane start = new javafx.scene.control.SplitPane(incidentsHolder, libraryScreen);
        start.setId("start-split");
        start.setDividerPositions(0.4);
        javafx.scene.control.SplitPane.setResizableWithParent(incidentsHolder, false);
        layout.keep("start", start);
        startTab.setContent(start);
        startTab.setId("tab-start");
        startTab.setClosable(false);
        tabs.setId("main-tabs");
        tabs.getTabs().add(startTab);

        BorderPane root = new BorderPane(tabs);
        root.setId("main-window");
        root.setTop(new MainMenu(new MainMenu.Actions(stage::close, this::newIncident, this::closeIncident, this::exportBundle,
                this::openBundle, () -> incidentTabs.active().ifPresent(view -> view.workspace().runSelectedStep()),
                () -> incidentTabs.active().ifPresent(view -> view.workspace().model().selectNext()),
                () -> incidentTabs.active().ifPresent(view -> view.workspace().model().selectPrevious()),
                this::focusSearch,
                () -> note(EntryKind.NOTE), () -> note(EntryKind.ESCALATION), this::collectFiles, this::showIncidents, this::showRunbooks,
                incidentTabs::showTimeline,
                () -> ShortcutsDialog.show(stage)), theme.darkProperty(), incidentTabs.activeProperty()));
        root.setBottom(statusBar);

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("shell.css").toExternalForm());
        reviews.acceptDrops(scene);
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(this::confirmClose);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> shutDown());
    }

    /** Applies the theme and placement, shows the window and starts loading the store, the hosts and the library. */
    public void show() {
        theme.apply();
        if (placement != null) {
            placement.applyTo(stage);
        }
        stage.show();
        libraryScreen.focusSearch();
        library.load();
        statusBar.working("Opening the evidence store");
        tasks.run("Opening the evidence store", services::openEvidenceStore, this::storeOpened, failure -> {
            statusBar.done();
            incidentsHolder.setCenter(placeholder("The evidence store could not be opened: " + ProblemText.describe(failure)));
        });
        tasks.run("Reading SSH hosts", () -> {
            HostInventory hosts = services.loadHosts();
            return new Connection(hosts, services.openTransport(hosts, new FxHostKeyApprover(() -> stage),
                    new FxPassphrasePrompt(() -> stage)));
        }, connection -> {
            inventory = connection.hosts();
            transport = connection.transport();
        }, failure -> statusBar.message("SSH hosts could not be read: " + ProblemText.describe(failure)));
    }

    private record Connection(HostInventory hosts, Transport transport) {
    }

    private void storeOpened(EvidenceStore opened) {
        statusBar.done();
        store = opened;
        startScreen = new StartScreen(opened, tasks, ZoneId.systemDefault(), this::newIncident, this::openIncident);
        incidentsHolder.setCenter(startScreen);
        startScreen.reload();
    }

    private IncidentTabs.Context incidentViewContext() {
        return new IncidentTabs.Context(store, transport, inventory, work, services);
    }

    private Optional<String> notReady() {
        if (store == null) return Optional.of("the evidence store is not open yet");
        if (inventory == null || transport == null) return Optional.of("the SSH hosts are still being read");
        if (library.libraryProperty().get() == null) return Optional.of("the runbook library is still loading");
        return Optional.empty();
    }

    private void newIncident() {
        Optional<String> waiting = notReady();
        if (waiting.isPresent()) {
            statusBar.message("A new incident can start once " + waiting.get() + ".");
            return;
        }
        RunbookLibrary runbooks = library.libraryProperty().get();
        tasks.run("Reading the operator", services::operator, operator -> {
            NewIncidentDialog dialog = new NewIncidentDialog(runbooks, inventory, operator, services.clock());
            dialog.initOwner(stage);
            dialog.showAndWait().ifPresent(this::createIncident);
        }, failure -> statusBar.message(ProblemText.describe(failure)));
    }

    private void createIncident(NewIncidentRequest request) {
        incidentTabs.create(request, () -> {
            if (startScreen != null) startScreen.reload();
        });
    }

    private void openIncident(IncidentRecord record) {
        Optional<String> waiting = notReady();
        if (waiting.isPresent()) {
            statusBar.message("The incident can open once " + waiting.get() + ".");
            return;
        }
        incidentTabs.open(record, library.libraryProperty().get());
    }

    private void exportBundle() {
        incidentTabs.active().ifPresentOrElse(view -> bundleExport.export(view, store),
                () -> statusBar.message("Open an incident to export its evidence."));
    }

    private void openBundle() {
        reviews.open();
    }

    private void closeIncident() {
        incidentTabs.closeActive();
    }

    private void focusSearch() {
        if (!incidentTabs.focusSearch()) {
            showRunbooks();
        }
    }

    private void showIncidents() {
        tabs.getSelectionModel().select(startTab);
        if (startScreen != null) startScreen.focusList();
    }

    private void showRunbooks() {
        tabs.getSelectionModel().select(startTab);
        libraryScreen.focusSearch();
    }

    private void note(EntryKind kind) {
        incidentTabs.active().ifPresentOrElse(view -> new NoteDialog(stage, kind).showAndWait().ifPresent(written -> {
            if (written.kind() == EntryKind.ESCALATION) {
                view.workspace().model().escalate(written.text());
            } else {
                view.workspace().model().note(written.text());
            }
        }), () -> statusBar.message("Open an incident to add a note to its timeline."));
    }

    private void collectFiles() {
        incidentTabs.active().ifPresentOrElse(view -> view.collectFiles(stage, statusBar, incidentTabs::notify),
                () -> statusBar.message("Open an incident to collect files from its hosts."));
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.setId("start-placeholder");
        label.setWrapText(true);
        return label;
    }

    /** Closing while steps run stops them; the responder is asked first. */
    private void confirmClose(WindowEvent request) {
        java.util.List<String> running = incidentTabs.runningWork();
        if (running.isEmpty()) {
            return;
        }
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "Still running: " + String.join(", ", running) + ".\n\nClosing the console stops these on their"
                        + " hosts. What they printed or copied so far stays in the evidence, marked as cut short.",
                javafx.scene.control.ButtonType.CANCEL, javafx.scene.control.ButtonType.OK);
        ask.initOwner(stage);
        ask.setHeaderText("Close the console while work is still running on hosts?");
        ask.getDialogPane().setId("close-while-running");
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK)).setDefaultButton(false);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL)).setDefaultButton(true);
        if (ask.showAndWait().filter(answer -> answer == javafx.scene.control.ButtonType.OK).isEmpty()) {
            request.consume();
        }
    }

    /** Remembers the placement, closes every incident, then the transport and the store off the FX thread. */
    private void shutDown() {
        WindowPlacement last = WindowPlacement.of(stage, layout.positions());
        incidentTabs.closeAll();
        Transport closingTransport = transport;
        EvidenceStore closingStore = store;
        work.shutdown(); // queued work (a report section being saved) still runs
        // Not a daemon: the JVM waits for the store to close cleanly after the window is gone.
        Thread closer = new Thread(() -> {
            try {
                services.rememberPlacement(last);
                awaitQuietly(work, 2);
                if (closingTransport != null) closingTransport.close(); // ends remote commands still running
                awaitQuietly(work, 5);
                work.shutdownNow();
                if (closingStore != null) closingStore.close();
            } finally {
                shutDownDone.countDown();
            }
        }, "console-shutdown");
        closer.start();
    }

    /** Waits until the transport and the store have closed after the window did; false if that took too long. */
    public boolean awaitShutDown(long seconds) throws InterruptedException {
        return shutDownDone.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static void awaitQuietly(ExecutorService executor, int seconds) {
        try {
            executor.awaitTermination(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** The open incident views, for tests and screenshots. */
    public IncidentTabs incidents() {
        return incidentTabs;
    }

    /** Exports the active incident to {@code target} without the file chooser (tests; the menu asks first). */
    void exportActiveIncidentTo(java.io.File target) {
        incidentTabs.active().ifPresent(view -> bundleExport.export(view, store, target));
    }

    /** True once the store, the hosts and the library are loaded, so incidents can open. */
    boolean ready() {
        return notReady().isEmpty();
    }

    public TabPane tabs() {
        return tabs;
    }
}
