package dev.incidentconsole.ui.incident;

import dev.incidentconsole.runbook.Checklist;
import dev.incidentconsole.ui.common.Icons;
import java.util.List;
import java.util.Locale;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The escalation criteria or documentation requirements as boxes to tick. A tick is evidence (an escalation or
 * a note), so it cannot be taken back; a tick that fails to record is cleared again.
 */
final class CriteriaChecklist extends VBox {

    CriteriaChecklist(Checklist checklist, IncidentWorkspaceModel model) {
        super(8);
        String kind = checklist.kind().name().toLowerCase(Locale.ROOT);
        setId("criteria-" + kind);
        getStyleClass().addAll("criteria", "checklist", "checklist-" + kind);
        boolean escalation = checklist.kind() == Checklist.Kind.ESCALATION;
        Label title = new Label(checklist.title(), Icons.icon(escalation ? MaterialDesignA.ARROW_UP_BOLD_CIRCLE_OUTLINE
                : MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE, "checklist-icon"));
        title.getStyleClass().add("checklist-title");
        getChildren().add(title);
        List<String> items = checklist.items();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            CheckBox box = new CheckBox(item);
            box.setId("tick-" + kind + "-" + (i + 1));
            box.setMnemonicParsing(false);
            box.setWrapText(true);
            box.setTooltip(new Tooltip(escalation
                    ? "Ticking records in the evidence that this criterion is met; it cannot be unticked"
                    : "Ticking records in the evidence that this is documented; it cannot be unticked"));
            box.setOnAction(event -> {
                if (box.isSelected()) model.tick(checklist, item);
                show(box, model.ticked(checklist, item));
            });
            show(box, model.ticked(checklist, item));
            model.ticks().addListener((SetChangeListener<String>) change -> show(box, model.ticked(checklist, item)));
            getChildren().add(box);
        }
    }

    private static void show(CheckBox box, boolean ticked) {
        box.setSelected(ticked);
        box.setDisable(ticked);
    }
}
