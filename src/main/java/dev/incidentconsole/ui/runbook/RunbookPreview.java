package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.runbook.Checklist;
import dev.incidentconsole.runbook.Parameter;
import dev.incidentconsole.runbook.Phase;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.ui.common.Icons;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** A read-only checklist of one runbook, in reading order, inside a scroll pane. */
public final class RunbookPreview extends ScrollPane {

    /** Checklists that set the scene and therefore come before the phases; the others follow them. */
    private static final Set<Checklist.Kind> BEFORE_PHASES = Set.of(Checklist.Kind.SYMPTOMS, Checklist.Kind.PREREQUISITES);

    private final Clock clock;
    private final VBox content = new VBox(28);

    public RunbookPreview(Clock clock) {
        this.clock = clock;
        setId("preview");
        getStyleClass().add("preview");
        getStylesheets().add(RunbookPreview.class.getResource("runbook.css").toExternalForm());
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setId("preview-content");
        content.getStyleClass().add("preview-content");
        setContent(content);
        clear();
    }

    /** Shows nothing but a hint, for when no runbook is selected. */
    public void clear() {
        Label hint = new Label("Select a runbook to see its checklist", Icons.icon(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT, "preview-empty-icon"));
        hint.setId("preview-empty");
        hint.getStyleClass().add("preview-empty");
        VBox box = new VBox(hint);
        box.setAlignment(Pos.CENTER);
        box.setMinHeight(400);
        content.getChildren().setAll(box);
    }

    public void show(Runbook runbook) {
        if (runbook == null) {
            clear();
            return;
        }
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        runbook.parameters().forEach(p -> parameters.put(p.name(), p));
        content.getChildren().setAll(PreviewHeader.of(runbook, clock));
        if (!runbook.parameters().isEmpty()) {
            content.getChildren().add(section("Parameters", ParameterTable.of(runbook.parameters())));
        }
        checklists(runbook, true);
        List<Phase> phases = runbook.phases();
        for (int i = 0; i < phases.size(); i++) {
            content.getChildren().add(PhaseSection.of(phases.get(i), i + 1, parameters));
        }
        if (phases.isEmpty()) {
            Label none = new Label("This runbook has no steps.", Icons.icon(MaterialDesignT.TEXT_BOX_REMOVE_OUTLINE));
            none.getStyleClass().add("preview-empty");
            content.getChildren().add(none);
        }
        checklists(runbook, false);
        setVvalue(0);
    }

    /** Scrolls so that the step with {@code stepId} sits at the top of the view, if the preview shows it. */
    public void revealStep(String stepId) {
        Node step = content.lookup("#step-" + stepId);
        if (step == null) {
            return;
        }
        layout();
        double y = content.sceneToLocal(step.localToScene(0, 0)).getY();
        double scrollable = content.getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
        setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, (y - 16) / scrollable)));
    }

    private void checklists(Runbook runbook, boolean beforePhases) {
        for (Checklist checklist : runbook.checklists()) {
            if (BEFORE_PHASES.contains(checklist.kind()) == beforePhases) {
                content.getChildren().add(ChecklistSection.of(checklist));
            }
        }
    }

    private static VBox section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox section = new VBox(8, heading, body);
        section.getStyleClass().add("preview-section");
        return section;
    }
}
