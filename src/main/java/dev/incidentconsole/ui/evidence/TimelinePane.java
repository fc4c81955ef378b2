package dev.incidentconsole.ui.evidence;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.ProblemText;
import java.io.File;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * Every entry of one incident in chain order, filterable, with the selected entry's details below. The timeline
 * is read from the store in the background; entries sealed later arrive through {@link #append}, from any thread,
 * and are applied in batches: at most one pending FX update however fast they come.
 */
public final class TimelinePane extends BorderPane {

    public static final KeyCombination REFRESH = KeyCombination.keyCombination("F5");
    private static final PseudoClass NOTE = PseudoClass.getPseudoClass("note");
    private static final PseudoClass ESCALATION = PseudoClass.getPseudoClass("escalation");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass INCOMPLETE = PseudoClass.getPseudoClass("incomplete");

    private final EvidenceStore store;
    private final String incidentId;
    private final BackgroundTasks tasks;
    private final ObservableList<EvidenceEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<EvidenceEntry> shown = new FilteredList<>(entries);
    private final TableView<EvidenceEntry> table = new TableView<>(shown);
    private final TimelineFilterBar filters = new TimelineFilterBar();
    private final EntryDetailPane detail;
    private final SplitPane split = new SplitPane();
    private double detailDivider = 0.5;
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private final ConcurrentLinkedQueue<EvidenceEntry> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private long loadGeneration;
    private Long wantedSeq;

    public TimelinePane(EvidenceStore store, String incidentId, BackgroundTasks tasks, ZoneId zone) {
        this(store, incidentId, tasks, zone, FileChooser::showSaveDialog);
    }

    /** {@code saveDialog} shows the chooser for "Save output as…"; tests answer it without a native dialog. */
    public TimelinePane(EvidenceStore store, String incidentId, BackgroundTasks tasks, ZoneId zone,
                        BiFunction<FileChooser, Window, File> saveDialog) {
        this.store = store;
        this.incidentId = Objects.requireNonNull(incidentId, "incidentId");
        this.tasks = tasks;
        this.detail = new EntryDetailPane(store, tasks, zone, saveDialog);
        setId("timeline-pane");
        getStyleClass().add("timeline-pane");
        getStylesheets().add(TimelinePane.class.getResource("timeline.css").toExternalForm());
        configureTable(zone);
        split.getItems().setAll(table);
        split.setOrientation(Orientation.VERTICAL);
        setTop(header());
        setCenter(split);
        shown.predicateProperty().bind(filters.filterProperty());
        shown.addListener((javafx.collections.ListChangeListener<EvidenceEntry>) change -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            detail.show(now);
            showDetail(now != null);
        });
        setOnKeyPressed(event -> {
            if (REFRESH.match(event)) {
                event.consume();
                refresh();
            }
        });
        refresh();
    }

    /** The details take room only once there is an entry to show: until then the timeline is all table. */
    private void showDetail(boolean show) {
        boolean showing = split.getItems().contains(detail);
        if (show && !showing) {
            split.getItems().add(detail);
            split.setDividerPositions(detailDivider);
        } else if (!show && showing) {
            detailDivider = split.getDividerPositions()[0];
            split.getItems().remove(detail);
        }
    }

    private VBox header() {
        Label title = new Label("Timeline");
        title.getStyleClass().add(Styles.TITLE_3);
        count.setId("timeline-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Button reload = new Button("Refresh", Icons.icon(MaterialDesignR.REFRESH));
        reload.setId("timeline-refresh");
        reload.setTooltip(new Tooltip("Read the timeline again from the store (F5)"));
        reload.setOnAction(event -> refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, count, spacer, reload);
        top.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, top, filters);
    }

    private void configureTable(ZoneId zone) {
        table.setId("timeline-table");
        table.getStyleClass().addAll("timeline-table", Styles.DENSE);
        table.getColumns().setAll(new TimelineColumns(zone).all());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(EvidenceEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                boolean present = !empty && entry != null;
                pseudoClassStateChanged(NOTE, present && entry.kind() == EntryKind.NOTE);
                pseudoClassStateChanged(ESCALATION, present && entry.kind() == EntryKind.ESCALATION);
                pseudoClassStateChanged(FAILED, present && TimelineText.failed(entry));
                pseudoClassStateChanged(INCOMPLETE, present && TimelineText.incomplete(entry));
            }
        });
        placeholder.setId("timeline-placeholder");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                table.getSelectionModel().clearSelection();
            }
        });
    }

    /** Reads the whole timeline again in the background; the selection is kept when its entry is still there. */
    public void refresh() {
        long current = ++loadGeneration;
        placeholder.pseudoClassStateChanged(EntryDetailPane.ERROR, false);
        placeholder.setText("Loading the timeline\u2026");
        tasks.run("Loading the timeline of " + incidentId, () -> store.timeline(incidentId), loaded -> {
            if (current == loadGeneration) {
                replaceWith(loaded);
            }
        }, problem -> {
            if (current == loadGeneration) {
                placeholder.pseudoClassStateChanged(EntryDetailPane.ERROR, true);
                placeholder.setText("Could not read the timeline: " + ProblemText.describe(problem)
                        + ". Press F5 to try again.");
                count.setText("");
            }
        });
    }

    /** Adds an entry sealed after the last load. Safe from any thread; entries of other incidents are ignored. */
    public void append(EvidenceEntry entry) {
        if (!incidentId.equals(entry.incidentId())) {
            return;
        }
        arrivals.add(entry);
        if (drainScheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drainArrivals);
        }
    }

    private void drainArrivals() {
        drainScheduled.set(false);
        List<EvidenceEntry> batch = new ArrayList<>();
        for (EvidenceEntry entry; (entry = arrivals.poll()) != null; ) {
            batch.add(entry);
        }
        if (!batch.isEmpty()) {
            merge(batch);
        }
    }

    private void replaceWith(List<EvidenceEntry> loaded) {
        EvidenceEntry selected = table.getSelectionModel().getSelectedItem();
        // Entries appended while the read ran may be newer than what it saw: keep them.
        long newestLoaded = loaded.stream().mapToLong(EvidenceEntry::seq).max().orElse(0);
        List<EvidenceEntry> merged = new ArrayList<>(loaded);
        entries.stream().filter(entry -> entry.seq() > newestLoaded).forEach(merged::add);
        entries.setAll(inChainOrder(merged));
        placeholder.setText("");
        offerChoices();
        updateCount();
        if (wantedSeq != null) {
            if (selectLoaded(wantedSeq)) {
                table.requestFocus();
            }
            wantedSeq = null;
        } else if (selected != null) {
            selectLoaded(selected.seq());
        }
    }

    /** Adds a batch in one change when it only extends the chain (the usual case), otherwise re-sorts once. */
    private void merge(List<EvidenceEntry> batch) {
        TreeSet<Long> known = new TreeSet<>();
        entries.forEach(entry -> known.add(entry.seq()));
        List<EvidenceEntry> fresh = inChainOrder(batch.stream().filter(entry -> known.add(entry.seq())).toList());
        if (fresh.isEmpty()) {
            return;
        }
        long last = entries.isEmpty() ? Long.MIN_VALUE : entries.get(entries.size() - 1).seq();
        if (fresh.get(0).seq() > last) {
            entries.addAll(fresh);
        } else {
            List<EvidenceEntry> all = new ArrayList<>(entries);
            all.addAll(fresh);
            entries.setAll(inChainOrder(all));
        }
        offerChoices();
    }

    private static List<EvidenceEntry> inChainOrder(List<EvidenceEntry> list) {
        List<EvidenceEntry> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingLong(EvidenceEntry::seq));
        return sorted;
    }

    private void offerChoices() {
        filters.offerChoices(entries.stream().map(EvidenceEntry::hostAlias).toList(),
                entries.stream().map(EvidenceEntry::stepId).toList());
    }

    private void updateCount() {
        int total = entries.size();
        count.setText(shown.size() == total ? total + (total == 1 ? " entry" : " entries")
                : shown.size() + " of " + total + " entries");
        if (total > 0 && shown.isEmpty()) {
            placeholder.setText("No entry matches the filters.");
        } else if (total == 0 && placeholder.getText().isEmpty()) {
            placeholder.setText("No entries yet.");
        }
    }

    /**
     * Selects the entry with this sequence number and scrolls to it, clearing the filters if they hide it. An entry
     * not loaded yet is selected after the next refresh, which this starts.
     */
    public void select(long seq) {
        if (selectLoaded(seq)) {
            table.requestFocus();
        } else {
            wantedSeq = seq;
            refresh();
        }
    }

    private boolean selectLoaded(long seq) {
        EvidenceEntry target = entries.stream().filter(entry -> entry.seq() == seq).findFirst().orElse(null);
        if (target == null) {
            return false;
        }
        if (!shown.contains(target)) {
            filters.clear();
        }
        table.getSelectionModel().select(target);
        table.scrollTo(target);
        return true;
    }

    public ReadOnlyObjectProperty<EvidenceEntry> selectedEntryProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    /** The loaded entries in chain order, before filtering (read-only). */
    public ObservableList<EvidenceEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The entries the filters let through, as the table shows them. */
    public ObservableList<EvidenceEntry> shownEntries() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    public EntryDetailPane detail() {
        return detail;
    }

    public void focusFilter() {
        filters.focusText();
    }
}
