package dev.incidentconsole.ui.shell;

import dev.incidentconsole.bundle.review.StepOutputs;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.incident.HostOutcome;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.incident.RunListener;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostConnection;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.remote.Transport;
import dev.incidentconsole.report.ReportNarrative;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.evidence.CompareView;
import dev.incidentconsole.ui.evidence.HostOutputTabs;
import dev.incidentconsole.ui.evidence.SearchPane;
import dev.incidentconsole.ui.evidence.TimelinePane;
import dev.incidentconsole.ui.incident.CollectFilesDialog;
import dev.incidentconsole.ui.incident.CollectionProgress;
import dev.incidentconsole.ui.hosts.HostsPanel;
import dev.incidentconsole.ui.incident.IncidentWorkspace;
import dev.incidentconsole.ui.incident.StepRun;
import dev.incidentconsole.ui.report.DocumentOpener;
import dev.incidentconsole.ui.report.ReportPane;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * One open incident: the checklist and step on top; below, tabs for live output, hosts, cross-host compare,
 * timeline, evidence search and the report. A step run feeds the output tabs, the hosts panel and the timeline
 * as it goes, and tells {@code finished} when every host is done.
 */
public final class IncidentView extends SplitPane {

    /** A step that ran at least this long gets a notification when it ends. */
    static final Duration NOTIFY_AFTER = Duration.ofSeconds(5);
    /** How much of each host's output the compare reads; more would not fit side by side anyway. */
    static final int COMPARE_BYTES = 512 * 1024;

    private final IncidentSession session;
    private final EvidenceStore store;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final BiConsumer<String, String> finished;
    private final List<HostTarget> hosts;
    private final CollectionProgress collection;
    private final IncidentWorkspace workspace;
    private final HostsPanel hostsPanel;
    private final HostOutputTabs outputTabs;
    private final CompareView compare;
    private final TimelinePane timeline;
    private final SearchPane search;
    private final ReportPane report;
    private final TabPane tabs = new TabPane();
    private final Tab outputTab;
    private final Tab compareTab;
    private final Tab timelineTab;
    private final Tab searchTab;
    private final javafx.animation.PauseTransition narrativeSaved;

    /**
     * {@code finished} gets a step title and how it ended, on the FX thread, when a step that ran a while ends;
     * {@code narrativeSaver} keeps the report's sections as the responder writes them; {@code opener} opens an
     * exported report.
     */
    IncidentView(IncidentSession session, EvidenceStore store, Transport transport, List<HostTarget> hosts, Executor work,
                 Clock clock, ZoneId zone, ReportNarrative narrative, BiConsumer<String, String> finished,
                 java.util.function.Consumer<ReportNarrative> narrativeSaver, DocumentOpener opener) {
        this.session = session;
        this.store = store;
        this.tasks = new BackgroundTasks(work);
        this.clock = clock;
        this.finished = finished;
        this.hosts = List.copyOf(hosts);
        String incidentId = session.incident().id();
        setId("incident-view");
        setOrientation(Orientation.VERTICAL);

        hostsPanel = new HostsPanel(hosts, transport::connect, work);
        outputTabs = new HostOutputTabs(this::openFullOutput);
        compare = new CompareView(tasks);
        timeline = new TimelinePane(store, incidentId, tasks, zone);
        search = new SearchPane(store, session.incident(), session.runbook().steps().map(Step::id).toList(), tasks, clock,
                hit -> showEntry(hit.entry().seq()));
        report = new ReportPane(store, incidentId, List.of(session.runbook()), narrative, tasks, clock, opener);
        // Saved once typing pauses, not on every keystroke; closing the view saves what is pending.
        narrativeSaved = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        narrativeSaved.setOnFinished(event -> narrativeSaver.accept(report.narrativeProperty().get()));
        report.narrativeProperty().addListener((obs, was, now) -> narrativeSaved.playFromStart());

        workspace = new IncidentWorkspace(session, store, hosts, work, clock, this::watch, selectedAliases());

        outputTab = tab("Output", "tab-output", outputTabs);
        Tab hostsTab = tab("Hosts", "tab-hosts", hostsPanel);
        compareTab = tab("Compare", "tab-compare", compare);
        timelineTab = tab("Timeline", "tab-timeline", timeline);
        searchTab = tab("Search", "tab-search", search);
        Tab reportTab = tab("Report", "tab-report", report);
        tabs.setId("incident-tabs");
        tabs.getTabs().addAll(outputTab, hostsTab, compareTab, timelineTab, searchTab, reportTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        workspace.model().selectedProperty().addListener((obs, was, now) -> {
            if (compareTab.isSelected()) refreshCompare();
        });
        compareTab.setOnSelectionChanged(event -> {
            if (compareTab.isSelected()) refreshCompare();
        });
        reportTab.setOnSelectionChanged(event -> {
            if (reportTab.isSelected()) report.refreshPreview();
        });
        collection = new CollectionProgress(session, work);
        javafx.scene.layout.VBox lower = new javafx.scene.layout.VBox(collection, tabs);
        javafx.scene.layout.VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        getItems().addAll(workspace, lower);
        setDividerPositions(0.58);
        hostsPanel.connectAll();
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** The hosts picked in the hosts panel, as the aliases "Run on selected hosts" wants. */
    private ObservableList<String> selectedAliases() {
        ObservableList<String> aliases = FXCollections.observableArrayList();
        ObservableList<HostTarget> selected = hostsPanel.selectedHosts();
        selected.addListener((ListChangeListener<HostTarget>) change ->
                aliases.setAll(selected.stream().map(HostTarget::alias).toList()));
        return aliases;
    }

    /** Called on the FX thread as a step starts: one output view per host, and a listener feeding everything. */
    private RunListener watch(StepRun run) {
        outputTabs.showHosts(run.hosts().stream().map(HostTarget::alias).toList());
        tabs.getSelectionModel().select(outputTab);
        run.hosts().forEach(host -> hostsPanel.connecting(host.alias()));
        RunListener output = outputTabs.listener();
        AtomicInteger hostsLeft = new AtomicInteger(run.hosts().size());
        long startedNanos = System.nanoTime();
        return new RunListener() {
            @Override
            public OutputSink outputOf(HostTarget host) {
                return output.outputOf(host);
            }

            @Override
            public void commandEnded(HostTarget host, EvidenceEntry entry) {
                output.commandEnded(host, entry);
                hostsPanel.update(connectionSeenIn(host, entry));
                timeline.append(entry);
            }

            @Override
            public void hostFinished(HostOutcome outcome) {
                output.hostFinished(outcome);
                if (hostsLeft.decrementAndGet() == 0) {
                    Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
                    Platform.runLater(() -> stepEnded(run, took));
                }
            }
        };
    }

    /** What a command's entry says about the connection: reached (fingerprint, clock offset) or why not. */
    private static HostConnection connectionSeenIn(HostTarget host, EvidenceEntry entry) {
        ExecStatus status = java.util.Arrays.stream(ExecStatus.values())
                .filter(known -> known.name().equals(entry.status())).findFirst().orElse(null);
        boolean notReached = status == ExecStatus.UNREACHABLE || status == ExecStatus.HOST_KEY_UNKNOWN
                || status == ExecStatus.HOST_KEY_CHANGED || status == ExecStatus.AUTHENTICATION_FAILED;
        Duration offset = entry.clockOffsetMillis() == null ? null : Duration.ofMillis(entry.clockOffsetMillis());
        return new HostConnection(host.alias(), notReached ? status : null, entry.hostKeyFingerprint(), offset,
                notReached ? entry.text() : null);
    }

    private void stepEnded(StepRun run, Duration took) {
        timeline.refresh(); // picks up the step's status entry
        if (compareTab.isSelected()) refreshCompare();
        if (took.compareTo(NOTIFY_AFTER) >= 0) {
            String state = workspace.model().item(run.step().id()).state().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ');
            finished.accept(run.step().title(), state + " after " + took.toSeconds() + " s on "
                    + run.hosts().size() + (run.hosts().size() == 1 ? " host" : " hosts"));
        }
    }

    private void refreshCompare() {
        var item = workspace.model().selectedProperty().get();
        if (item == null) {
            return;
        }
        String incidentId = session.incident().id();
        tasks.run("Loading outputs to compare",
                () -> new StepOutputs(store, store.timeline(incidentId)).latestPerHost(item.id(), COMPARE_BYTES),
                compare::show, failure -> compare.show(java.util.Map.of()));
    }


    /** "Open full output" of a host: its latest command in the timeline, whose detail reads the whole output. */
    private void openFullOutput(String alias) {
        String incidentId = session.incident().id();
        tasks.run("Finding the output of " + alias, () -> latestCommandOf(store.timeline(incidentId), alias),
                entry -> {
                    if (entry != null) showEntry(entry.seq());
                }, failure -> { });
    }

    private static EvidenceEntry latestCommandOf(List<EvidenceEntry> timeline, String host) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            EvidenceEntry entry = timeline.get(i);
            if (entry.kind() == dev.incidentconsole.evidence.EntryKind.COMMAND && host.equals(entry.hostAlias())) {
                return entry;
            }
        }
        return null;
    }

    private void showEntry(long seq) {
        tabs.getSelectionModel().select(timelineTab);
        timeline.select(seq);
    }

    /**
     * Asks which files to collect from which hosts (those picked in the Hosts tab, else all), collects them in the
     * background with the status bar busy, then refreshes the timeline and says how it went.
     */
    void collectFiles(javafx.stage.Window owner, StatusBar status, BiConsumer<String, String> notify) {
        if (collection.running()) {
            status.message("Files are still being collected in this incident; wait for them or cancel.");
            return;
        }
        if (!session.incident().open()) {
            status.message(session.incident().id() + " is closed: no more files can be collected into it.");
            return;
        }
        var step = workspace.model().selectedProperty().get();
        new CollectFilesDialog(owner, hosts, hostsPanel.selectedHosts().stream().map(HostTarget::alias).toList(),
                step == null ? null : step.id()).showAndWait().ifPresent(request -> {
                    status.working("Collecting " + request.transfers() + " files");
                    collection.start(request, outcome -> {
                        status.done();
                        timeline.refresh();
                        notify.accept("Files collected", outcome.summary());
                    }, failure -> {
                        status.done();
                        timeline.refresh();
                        status.message("Collecting files failed: " + dev.incidentconsole.ui.common.ProblemText.describe(failure));
                    });
                });
    }

    public CollectionProgress collection() {
        return collection;
    }

    public IncidentWorkspace workspace() {
        return workspace;
    }

    public IncidentSession session() {
        return session;
    }

    public TabPane tabs() {
        return tabs;
    }

    public HostsPanel hosts() {
        return hostsPanel;
    }

    public HostOutputTabs output() {
        return outputTabs;
    }

    public CompareView compare() {
        return compare;
    }

    public void showCompare() {
        tabs.getSelectionModel().select(compareTab);
    }

    void focusSearch() {
        tabs.getSelectionModel().select(searchTab);
        search.focusQuery();
    }

    public void showTimeline() {
        tabs.getSelectionModel().select(timelineTab);
    }

    void close() {
        if (narrativeSaved.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            narrativeSaved.stop();
            narrativeSaved.getOnFinished().handle(null);
        }
        collection.cancel();
        workspace.close();
    }
}
