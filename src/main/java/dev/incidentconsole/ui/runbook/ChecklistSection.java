package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.runbook.Checklist;
import dev.incidentconsole.ui.common.Icons;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** A checklist of the runbook (symptoms, escalation criteria, ...) as items to tick; in the preview they are read-only. */
final class ChecklistSection {

    private ChecklistSection() {
    }

    static VBox of(Checklist checklist) {
        Label title = new Label(checklist.title(), Icons.icon(icon(checklist.kind()), "checklist-icon"));
        title.getStyleClass().add("checklist-title");
        VBox section = new VBox(8, title);
        section.setId(id(checklist));
        section.getStyleClass().addAll("checklist", "checklist-" + checklist.kind().name().toLowerCase(Locale.ROOT));
        for (String item : checklist.items()) {
            CheckBox box = new CheckBox();
            box.setDisable(true);
            box.setFocusTraversable(false);
            TextFlow text = InlineText.flow(item, "checklist-item-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(10, box, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("checklist-item");
            section.getChildren().add(row);
        }
        return section;
    }

    static String id(Checklist checklist) {
        if (checklist.kind() != Checklist.Kind.OTHER) {
            return "checklist-" + checklist.kind().name().toLowerCase(Locale.ROOT);
        }
        return "checklist-" + checklist.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static Ikon icon(Checklist.Kind kind) {
        switch (kind) {
            case SYMPTOMS: return MaterialDesignS.STETHOSCOPE;
            case ESCALATION: return MaterialDesignA.ARROW_UP_BOLD_CIRCLE_OUTLINE;
            case DOCUMENTATION: return MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE;
            case PREREQUISITES: return MaterialDesignC.CLIPBOARD_CHECK_OUTLINE;
            default: return MaterialDesignF.FORMAT_LIST_CHECKS;
        }
    }
}
