package dev.incidentconsole.ui.shell;

import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.remote.HostInventory;
import dev.incidentconsole.remote.Transport;
import dev.incidentconsole.report.ReportNarrative;
import dev.incidentconsole.runbook.RunbookLibrary;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.ProblemText;
import dev.incidentconsole.ui.incident.NewIncidentRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;

/**
 * The window's incident tabs: one per open incident (opening one twice selects its tab), built in the background
 * and closed with their clocks stopped. A step that ran a while raises a notification when it ends.
 */
public final class IncidentTabs {

    /** What an incident view is built from, as loaded by the window. */
    record Context(EvidenceStore store, Transport transport, HostInventory inventory, ExecutorService work,
                   ConsoleServices services) {
    }

    private record Loaded(IncidentOpener.Opened opened, ReportNarrative narrative) {
    }

    private final TabPane tabs;
    private final Supplier<Context> context;
    private final StatusBar status;
    private final Stage stage;
    private final PaneLayout layout;
    private final Map<String, Tab> byIncident = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<IncidentView> active = new ReadOnlyObjectWrapper<>(this, "active");

    IncidentTabs(TabPane tabs, Supplier<Context> context, StatusBar status, Stage stage, PaneLayout layout) {
        this.tabs = tabs;
        this.context = context;
        this.status = status;
        this.stage = stage;
        this.layout = layout;
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                active.set(now != null && now.getContent() instanceof IncidentView ? (IncidentView) now.getContent() : null));
    }

    void create(NewIncidentRequest request, Runnable created) {
        Context parts = context.get();
        build("Opening the new incident", parts, () -> opener(parts).create(request), created);
    }

    void open(IncidentRecord record, RunbookLibrary library) {
        Tab existing = byIncident.get(record.id());
        if (existing != null) {
            tabs.getSelectionModel().select(existing);
            return;
        }
        Context parts = context.get();
        build("Opening incident " + record.id(), parts, () -> opener(parts).open(record, library), () -> { });
    }

    private IncidentOpener opener(Context parts) {
        return new IncidentOpener(parts.store(), parts.transport(), parts.inventory(), parts.work(),
                parts.services().operator(), parts.services().clock());
    }

    private void build(String what, Context parts, Callable<IncidentOpener.Opened> opening, Runnable done) {
        status.working(what);
        new BackgroundTasks(parts.work()).run(what, () -> {
            IncidentOpener.Opened opened = opening.call();
            return new Loaded(opened, parts.services().narrative(opened.session().incident().id()));
        }, loaded -> {
            status.done();
            show(parts, loaded.opened(), loaded.narrative());
            done.run();
        }, failure -> {
            status.done();
            status.message(what + " failed: " + ProblemText.describe(failure));
        });
    }

    private void show(Context parts, IncidentOpener.Opened opened, ReportNarrative narrative) {
        IncidentRecord incident = opened.session().incident();
        String incidentId = incident.id();
        IncidentView view = new IncidentView(opened.session(), parts.store(), parts.transport(), opened.hosts(),
                parts.work(), parts.services().clock(), java.time.ZoneId.systemDefault(), narrative, this::notifyFinished,
                edited -> parts.work().execute(() -> saveNarrative(parts.services(), incidentId, edited)),
                parts.services()::openDocument);
        layout.keep("incident", view);
        layout.keep("workspace", view.workspace());
        Tab tab = new Tab((incident.exercise() ? "[Exercise] " : "") + incident.title(), view);
        tab.setId("tab-incident-" + incidentId);
        tab.setOnClosed(event -> {
            view.close();
            byIncident.remove(incidentId);
        });
        byIncident.put(incidentId, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        view.workspace().focusChecklist();
    }

    private void saveNarrative(ConsoleServices services, String incidentId, ReportNarrative narrative) {
        try {
            services.saveNarrative(incidentId, narrative);
        } catch (java.io.IOException e) {
            javafx.application.Platform.runLater(() ->
                    status.message("The report sections could not be saved: " + ProblemText.describe(e)));
        }
    }

    private void notifyFinished(String stepTitle, String how) {
        notify("Step finished: " + stepTitle, how);
    }

    /** Says in the status bar, and in a notification, that something finished in the background. */
    void notify(String title, String text) {
        status.message(title + ": " + text);
        try {
            Notifications.create().owner(stage).title(title).text(text).showInformation();
        } catch (RuntimeException e) {
            // A notification is a courtesy; the status bar already says it.
        }
    }

    Optional<IncidentView> active() {
        return Optional.ofNullable(active.get());
    }

    public ReadOnlyObjectProperty<IncidentView> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The incident view of an incident, if its tab is open. */
    public Optional<IncidentView> view(String incidentId) {
        return Optional.ofNullable(byIncident.get(incidentId)).map(tab -> (IncidentView) tab.getContent());
    }

    boolean focusSearch() {
        active().ifPresent(IncidentView::focusSearch);
        return active().isPresent();
    }

    void showTimeline() {
        active().ifPresent(IncidentView::showTimeline);
    }

    void closeActive() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.getContent() instanceof IncidentView) {
            ((IncidentView) tab.getContent()).close();
            tabs.getTabs().remove(tab);
            byIncident.values().remove(tab);
        }
    }

    /** What is under way on hosts in any open incident: running steps by title, and file collections. */
    java.util.List<String> runningWork() {
        java.util.List<String> running = new java.util.ArrayList<>();
        for (Tab tab : byIncident.values()) {
            IncidentView view = (IncidentView) tab.getContent();
            view.workspace().model().steps().stream().filter(dev.incidentconsole.ui.incident.StepItem::running)
                    .forEach(item -> running.add(item.step().title()));
            if (view.collection().running()) {
                running.add("collecting files in " + view.session().incident().id());
            }
        }
        return running;
    }

    void closeAll() {
        byIncident.values().forEach(tab -> ((IncidentView) tab.getContent()).close());
        tabs.getTabs().removeAll(byIncident.values());
        byIncident.clear();
    }
}
