package dev.incidentconsole.ui.incident;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.ProblemText;
import dev.incidentconsole.ui.common.Shortcuts;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * Where the console starts: the incidents of the evidence store, newest first, read in the background; a
 * button (and Ctrl+Shift+N) to open a new one; Enter or a double-click opens the selected incident.
 */
public final class StartScreen extends BorderPane {

    private final EvidenceStore store;
    private final BackgroundTasks tasks;
    private final Consumer<IncidentRecord> open;
    private final Runnable newIncident;
    private final ListView<IncidentRecord> list = new ListView<>();
    private final ProgressIndicator loading = new ProgressIndicator();
    private final Label placeholder = new Label();
    private final Label count = new Label();

    /** {@code newIncident} opens the new-incident dialog; {@code open} opens a chosen incident. */
    public StartScreen(EvidenceStore store, BackgroundTasks tasks, ZoneId zone, Runnable newIncident,
                       Consumer<IncidentRecord> open) {
        this.store = store;
        this.tasks = tasks;
        this.open = open;
        this.newIncident = newIncident;
        setId("start-screen");
        getStyleClass().add("start-screen");
        Stylesheets.addTo(getStylesheets());

        Label heading = new Label("Incidents");
        heading.getStyleClass().add(Styles.TITLE_2);
        count.setId("incident-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Button reload = new Button(null, Icons.icon(MaterialDesignR.REFRESH));
        reload.setId("reload-incidents");
        reload.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reload.setTooltip(new Tooltip("Read the incidents again"));
        reload.setOnAction(event -> reload());
        Button create = new Button("_New incident\u2026", Icons.icon(MaterialDesignP.PLUS));
        create.setId("new-incident-button");
        create.getStyleClass().add(Styles.ACCENT);
        create.setMnemonicParsing(true);
        create.setTooltip(new Tooltip(Shortcuts.hint("Open a new incident", IncidentShortcuts.NEW_INCIDENT)));
        create.setOnAction(event -> newIncident.run());
        // The count goes under the heading, and neither heading nor button gives up width, so a narrow column
        // still reads "Incidents" and "New incident".
        heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        create.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox title = new javafx.scene.layout.VBox(2, heading, count);
        HBox top = new HBox(12, title, new Spacer(), reload, create);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("start-header");
        setTop(top);

        list.setId("incident-list");
        list.getStyleClass().add("incident-list");
        list.setCellFactory(view -> new IncidentCell(zone));
        placeholder.setId("incident-placeholder");
        placeholder.setWrapText(true);
        // As wide as the list, so a long hint wraps inside it rather than running past its edge.
        placeholder.setMaxWidth(Double.MAX_VALUE);
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setPadding(new javafx.geometry.Insets(0, 16, 0, 16));
        placeholder.getStyleClass().add("incident-placeholder");
        list.setPlaceholder(placeholder);
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::enterOpens);
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, this::doubleClickOpens);
        loading.setId("incidents-loading");
        loading.setMaxSize(48, 48);
        setCenter(new StackPane(list, loading));
        sceneProperty().addListener((obs, was, now) -> shortcutIn(was, now));
    }

    /** Reads the incidents again, off the FX thread. */
    public void reload() {
        loading.setVisible(true);
        placeholder.setText("Reading incidents\u2026");
        tasks.run("Read incidents", store::incidents, this::show, problem -> {
            loading.setVisible(false);
            list.getItems().clear();
            count.setText("");
            placeholder.setText("Could not read the incidents: " + ProblemText.describe(problem));
            placeholder.getStyleClass().add("incident-placeholder-error");
        });
    }

    private void show(List<IncidentRecord> incidents) {
        loading.setVisible(false);
        placeholder.getStyleClass().remove("incident-placeholder-error");
        placeholder.setText("No incidents yet. " + Shortcuts.hint("Open the first with New incident", IncidentShortcuts.NEW_INCIDENT) + ".");
        list.getItems().setAll(incidents);
        long open = incidents.stream().filter(IncidentRecord::open).count();
        count.setText(incidents.size() + (incidents.size() == 1 ? " incident" : " incidents") + ", " + open + " open");
        if (!incidents.isEmpty() && list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void enterOpens(KeyEvent event) {
        IncidentRecord chosen = list.getSelectionModel().getSelectedItem();
        if (event.getCode() == KeyCode.ENTER && chosen != null) {
            event.consume();
            open.accept(chosen);
        }
    }

    private void doubleClickOpens(MouseEvent event) {
        IncidentRecord chosen = list.getSelectionModel().getSelectedItem();
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && chosen != null) {
            open.accept(chosen);
        }
    }

    /** Ctrl+Shift+N works anywhere in the window while this screen is in it. */
    private void shortcutIn(Scene was, Scene now) {
        if (was != null) was.getAccelerators().remove(IncidentShortcuts.NEW_INCIDENT);
        if (now != null) now.getAccelerators().put(IncidentShortcuts.NEW_INCIDENT, newIncident);
    }

    /** Puts the keyboard in the list of incidents. */
    public void focusList() {
        list.requestFocus();
    }
}
