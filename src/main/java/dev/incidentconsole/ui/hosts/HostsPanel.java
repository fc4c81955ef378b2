package dev.incidentconsole.ui.hosts;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.HostConnection;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.ProblemText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The incident's hosts with their connection state. Connecting (or testing an open connection) runs
 * {@code connector} on the executor it is given, never on the FX thread. {@link #connecting}, {@link #update}
 * and {@link #failed} may be called from any thread, e.g. while a step runs; updates are batched so the
 * table redraws at most once per FX pulse however many arrive.
 */
public final class HostsPanel extends BorderPane {

    static final KeyCombination COPY_FINGERPRINT = KeyCombination.keyCombination("Shortcut+C");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass SEVERE = PseudoClass.getPseudoClass("severe");

    private final Function<HostTarget, HostConnection> connector;
    private final Executor background;
    private final ObservableList<HostRow> rows = FXCollections.observableArrayList();
    private final Map<String, HostRow> byAlias = new LinkedHashMap<>();
    private final ObservableList<HostTarget> selected = FXCollections.observableArrayList();
    private final CoalescedUpdates updates = new CoalescedUpdates(this::applyAll);
    /** Hosts this panel is connecting to and has no answer for yet (FX thread only). */
    private final Set<String> awaiting = new HashSet<>();
    private int batchSize;

    private final HostTable table = new HostTable(rows);
    private final HostDetails details = new HostDetails();
    private final Label summary = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final HBox busy = new HBox(6, progress, progressText);

    /**
     * {@code connector} connects to one host or tests its open connection, blocking, and says what it found
     * (the transport's {@code connect}); {@code background} runs it.
     */
    public HostsPanel(List<HostTarget> hosts, Function<HostTarget, HostConnection> connector, Executor background) {
        this.connector = connector;
        this.background = background;
        setId("hosts-panel");
        getStyleClass().add("hosts-panel");
        getStylesheets().add(HostsPanel.class.getResource("hosts.css").toExternalForm());

        setTop(toolbar());
        setCenter(table);
        setBottom(details);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<HostRow>) change ->
                selected.setAll(table.getSelectionModel().getSelectedItems().stream().map(HostRow::target).toList()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> details.show(now));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::tableKey);
        showHosts(hosts);
    }

    private HBox toolbar() {
        Label heading = new Label("Hosts");
        heading.getStyleClass().add(Styles.TITLE_4);
        summary.setId("hosts-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        progress.setId("connect-progress-bar");
        progress.setPrefWidth(120);
        progressText.setId("connect-progress-text");
        busy.setId("connect-progress");
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.setVisible(false);
        busy.managedProperty().bind(busy.visibleProperty());

        Button connectSelected = new Button("_Connect selected", Icons.icon(MaterialDesignL.LAN_CONNECT));
        connectSelected.setId("connect-selected");
        connectSelected.setTooltip(new Tooltip("Connect to the selected hosts, or test a connection already open "
                + "(Alt+C, or Enter in the table)"));
        connectSelected.disableProperty().bind(Bindings.isEmpty(selected));
        connectSelected.setOnAction(event -> connectSelected());

        Button connectAll = new Button("Connect _all", Icons.icon(MaterialDesignL.LAN));
        connectAll.setId("connect-all");
        connectAll.setTooltip(new Tooltip("Connect to every host of the incident, or test the open connections (Alt+A)"));
        connectAll.disableProperty().bind(Bindings.isEmpty(rows));
        connectAll.setOnAction(event -> connectAll());

        HBox bar = new HBox(10, heading, summary, new Spacer(), busy, connectSelected, connectAll);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("hosts-toolbar");
        return bar;
    }

    private void tableKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            connectSelected();
        } else if (COPY_FINGERPRINT.match(event)) {
            event.consume();
            details.copyFingerprint();
        }
    }

    /** Replaces the hosts shown (FX thread). A host already shown under the same alias and target keeps its state. */
    public void showHosts(List<HostTarget> hosts) {
        Map<String, HostRow> previous = new LinkedHashMap<>(byAlias);
        byAlias.clear();
        for (HostTarget host : hosts) {
            HostRow kept = previous.get(host.alias());
            byAlias.put(host.alias(), kept != null && kept.target().equals(host) ? kept : new HostRow(host));
        }
        awaiting.retainAll(byAlias.keySet());
        rows.setAll(byAlias.values());
        refreshStatus();
    }

    /** The hosts the responder selected, in table order, for running a step "on selected hosts". */
    public ObservableList<HostTarget> selectedHosts() {
        return FXCollections.unmodifiableObservableList(selected);
    }

    /** Every host with its state, as shown. */
    public ObservableList<HostRow> hostRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Moves keyboard focus into the table, selecting the first host if none is. */
    public void focusTable() {
        if (table.getSelectionModel().isEmpty() && !rows.isEmpty()) {
            table.getSelectionModel().select(0);
        }
        table.requestFocus();
    }

    /** Connects to (or tests) the selected hosts in the background (FX thread). */
    public void connectSelected() {
        connect(List.copyOf(selected));
    }

    /** Connects to (or tests) every host in the background (FX thread). */
    public void connectAll() {
        connect(rows.stream().map(HostRow::target).toList());
    }

    /** Marks {@code alias} as being connected to; any thread. */
    public void connecting(String alias) {
        updates.offer(HostUpdate.connecting(alias));
    }

    /** Shows what a connection attempt found, connected or not; any thread. */
    public void update(HostConnection connection) {
        updates.offer(HostUpdate.of(connection));
    }

    /** Shows what a command's result says about its host's connection, if anything; any thread. */
    public void update(ExecResult result) {
        HostUpdate.of(result).ifPresent(updates::offer);
    }

    /** Marks {@code alias} failed for a reason the transport did not classify; any thread. */
    public void failed(String alias, String reason) {
        updates.offer(HostUpdate.failed(alias, ConnectionProblem.unexpected(reason)));
    }

    private void connect(List<HostTarget> targets) {
        for (HostTarget target : targets) {
            if (!awaiting.add(target.alias())) {
                continue; // already on its way; a second attempt would only wait for the first
            }
            batchSize++;
            updates.offer(HostUpdate.connecting(target.alias()));
            try {
                background.execute(() -> updates.offer(attempt(target)));
            } catch (RejectedExecutionException e) {
                updates.offer(HostUpdate.failed(target.alias(),
                        ConnectionProblem.unexpected("the window is closing, so no new connection was started")));
            }
        }
        refreshStatus();
    }

    private HostUpdate attempt(HostTarget target) {
        try {
            return HostUpdate.of(connector.apply(target));
        } catch (RuntimeException e) {
            return HostUpdate.failed(target.alias(), ConnectionProblem.unexpected(ProblemText.describe(e)));
        }
    }

    private void applyAll(List<HostUpdate> batch) {
        for (HostUpdate update : batch) {
            HostRow row = byAlias.get(update.alias());
            if (row == null) {
                continue; // a host that is no longer shown
            }
            row.apply(update);
            if (update.state().settled()) {
                awaiting.remove(update.alias());
            }
        }
        refreshStatus();
    }

    private void refreshStatus() {
        long connected = rows.stream().filter(r -> r.state() == ConnectionState.CONNECTED).count();
        long failed = rows.stream().filter(r -> r.state() == ConnectionState.FAILED).count();
        List<String> parts = new ArrayList<>();
        parts.add(connected + " of " + rows.size() + " connected");
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        summary.setText(String.join(", ", parts));
        if (awaiting.isEmpty()) {
            batchSize = 0;
        }
        progressText.setText(batchSize == 0 ? "" : "Connecting: " + (batchSize - awaiting.size()) + " of " + batchSize + " done");
        progress.setProgress(batchSize == 0 ? 0 : (double) (batchSize - awaiting.size()) / batchSize);
        busy.setVisible(batchSize > 0);
    }
}
