package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.PhaseClock;
import dev.incidentconsole.runbook.Checklist;
import dev.incidentconsole.runbook.Phase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The incident's checklist: phases with their time boxes and live clocks, each step a row showing its state,
 * then the escalation criteria and documentation requirements to tick. Up/Down or J/K move the selection,
 * Enter runs the selected step (or checks off a manual one).
 */
public final class ChecklistPane extends BorderPane {

    private final IncidentWorkspaceModel model;
    private final StepActions actions;
    private final ScrollPane scroll = new ScrollPane();
    private final VBox content = new VBox(6);
    private final Map<StepItem, StepRow> rows = new LinkedHashMap<>();
    private final List<PhaseHeader> phaseHeaders = new ArrayList<>();

    /** {@code selectedHosts} are the aliases "run on selected hosts" uses, chosen elsewhere (a hosts panel). */
    public ChecklistPane(IncidentWorkspaceModel model, ObservableList<String> selectedHosts) {
        this(model, new StepActions(model, selectedHosts));
    }

    ChecklistPane(IncidentWorkspaceModel model, StepActions actions) {
        this.model = model;
        this.actions = actions;
        setId("checklist-pane");
        getStyleClass().add("checklist-pane");
        Stylesheets.addTo(getStylesheets());
        actions.anchorTo(this);

        setTop(new IncidentHeader(model, actions));
        content.setId("checklist-content");
        content.getStyleClass().add("checklist-content");
        scroll.setId("checklist-scroll");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        build();

        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::listKeys);
        StepKeys.install(this, actions);
        model.selectedProperty().addListener((obs, was, now) -> showSelected(was, now));
        showSelected(null, model.selectedProperty().get());
        model.clocks().phases().addListener((ListChangeListener<PhaseClock>) change -> showClocks());
        showClocks();
    }

    private void build() {
        List<Phase> phases = model.runbook().phases();
        for (int i = 0; i < phases.size(); i++) {
            PhaseHeader header = new PhaseHeader(phases.get(i), i + 1);
            phaseHeaders.add(header);
            VBox section = new VBox(4, header);
            section.setId("checklist-phase-" + (i + 1));
            section.getStyleClass().add("checklist-phase");
            Phase phase = phases.get(i);
            for (StepItem item : model.steps()) {
                if (item.phase() == phase) {
                    StepRow row = new StepRow(item);
                    row.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                        model.selectedProperty().set(item);
                        scroll.requestFocus();
                    });
                    rows.put(item, row);
                    section.getChildren().add(row);
                }
            }
            content.getChildren().add(section);
        }
        for (Checklist checklist : model.runbook().checklists()) {
            if (ChecklistTicks.tickable(checklist)) {
                content.getChildren().add(new CriteriaChecklist(checklist, model));
            }
        }
    }

    private void listKeys(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) return;
        KeyCode code = event.getCode();
        if (code == KeyCode.UP || code == KeyCode.K) {
            model.selectPrevious();
        } else if (code == KeyCode.DOWN || code == KeyCode.J) {
            model.selectNext();
        } else if (code == KeyCode.ENTER) {
            actions.runOrCheckOff();
        } else {
            return;
        }
        event.consume();
    }

    private void showSelected(StepItem was, StepItem now) {
        if (was != null && rows.containsKey(was)) rows.get(was).setSelected(false);
        if (now != null && rows.containsKey(now)) {
            StepRow row = rows.get(now);
            row.setSelected(true);
            reveal(row);
        }
    }

    /** Scrolls just enough that the row is in view. */
    private void reveal(StepRow row) {
        if (getScene() == null) return;
        content.applyCss();
        content.layout();
        Bounds rowBounds = content.sceneToLocal(row.localToScene(row.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = content.getBoundsInLocal().getHeight() - viewport;
        if (scrollable <= 0) return;
        double top = scroll.getVvalue() * scrollable;
        if (rowBounds.getMinY() < top) {
            scroll.setVvalue(rowBounds.getMinY() / scrollable);
        } else if (rowBounds.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (rowBounds.getMaxY() - viewport) / scrollable));
        }
    }

    private void showClocks() {
        List<PhaseClock> clocks = model.clocks().phases();
        for (int i = 0; i < phaseHeaders.size() && i < clocks.size(); i++) {
            phaseHeaders.get(i).show(clocks.get(i), model.clocks().phaseText(i));
        }
    }

    /** Puts the keyboard in the checklist, ready for Up/Down and Enter. */
    public void focusChecklist() {
        scroll.requestFocus();
    }
}
