package dev.incidentconsole.ui.review;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.Shortcuts;
import dev.incidentconsole.ui.evidence.SearchPane;
import dev.incidentconsole.ui.evidence.TimelinePane;
import java.io.File;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The incident of an opened bundle in the console's own evidence views, all reading the bundle: timeline with
 * entry details, search, compare by step, the report as exported, and the hosts with their keys.
 */
final class ReviewTabs extends TabPane {

    private final TimelinePane timeline;
    private final SearchPane search;
    private final StepComparePane compare;
    private final HostKeysPane hosts;
    private final BundleReportView report;
    private final Tab timelineTab;
    private final Tab searchTab;

    ReviewTabs(OpenedBundle opened, BackgroundTasks tasks, Clock clock, ZoneId zone,
               BiFunction<FileChooser, Window, File> saveDialog) {
        setId("review-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        String incidentId = opened.incident().id();
        timeline = new TimelinePane(opened.evidence(), incidentId, tasks, zone, saveDialog);
        search = new SearchPane(opened.evidence(), opened.incident(), opened.stepIds(), tasks, clock,
                hit -> showEntry(hit.entry().seq()));
        compare = new StepComparePane(opened.stepOutputs(), opened.stepOutputs().steps(), tasks);
        report = new BundleReportView(opened.reportMarkdown());
        hosts = new HostKeysPane(opened.hosts());
        timelineTab = tab("Timeline", "review-tab-timeline", timeline, Shortcuts.hint("Every entry in chain order",
                Shortcuts.TIMELINE));
        searchTab = tab("Search", "review-tab-search", search, Shortcuts.hint("Search commands, outputs and notes",
                Shortcuts.FIND));
        Tab compareTab = tab("Compare", "review-tab-compare", compare, "One step's output on each host, side by side");
        compareTab.setOnSelectionChanged(event -> {
            if (compareTab.isSelected()) {
                compare.showFirstStep();
            }
        });
        getTabs().addAll(timelineTab, searchTab, compareTab,
                tab("Report", "review-tab-report", report, "The report exactly as the bundle carries it"),
                tab("Hosts", "review-tab-hosts", hosts, "Hosts and the host keys their entries recorded"));
    }

    private static Tab tab(String title, String id, Node content, String tip) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setTooltip(new Tooltip(tip));
        return tab;
    }

    void showEntry(long seq) {
        getSelectionModel().select(timelineTab);
        timeline.select(seq);
    }

    void showTimeline() {
        getSelectionModel().select(timelineTab);
    }

    void focusSearch() {
        getSelectionModel().select(searchTab);
        search.focusQuery();
    }

    ReadOnlyObjectProperty<EvidenceEntry> selectedEntryProperty() {
        return timeline.selectedEntryProperty();
    }

    TimelinePane timeline() {
        return timeline;
    }

    SearchPane search() {
        return search;
    }

    StepComparePane compare() {
        return compare;
    }

    HostKeysPane hosts() {
        return hosts;
    }

    BundleReportView report() {
        return report;
    }
}
