package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.runbook.StepKind;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/** One step in the checklist: state icon, number, title, state word and kind tag; change steps stand out. */
final class StepRow extends HBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final StepItem item;
    private final StackPane stateSlot = new StackPane();
    private final Label stateWord = new Label();

    StepRow(StepItem item) {
        super(10);
        this.item = item;
        setId("row-" + item.id());
        getStyleClass().addAll("step-row", "row-" + item.step().kind().name().toLowerCase(Locale.ROOT));
        setAlignment(Pos.CENTER_LEFT);

        stateSlot.getStyleClass().add("state-slot");
        stateSlot.setMinSize(22, 22);
        stateSlot.setPrefSize(22, 22);
        Label number = new Label(String.valueOf(item.step().number()));
        number.getStyleClass().add("row-number");
        number.setMinWidth(Label.USE_PREF_SIZE);
        Label title = new Label(item.step().title());
        title.getStyleClass().add("row-title");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        stateWord.setId("state-" + item.id());
        stateWord.getStyleClass().add("row-state");
        stateWord.setMinWidth(Label.USE_PREF_SIZE);
        // A step that collects files only reads the host too, but says what it does: its files go into the evidence.
        boolean collects = item.step().collects();
        Label kind = new Label(collects ? "COLLECT" : item.step().kind().label().toUpperCase(Locale.ROOT));
        kind.getStyleClass().addAll("row-kind", collects ? "row-kind-collect"
                : "row-kind-" + item.step().kind().name().toLowerCase(Locale.ROOT));
        kind.setMinWidth(Label.USE_PREF_SIZE);
        kind.setTooltip(new Tooltip(collects ? "Copies files from the hosts into the evidence; only reads the hosts"
                : kindMeaning(item.step().kind())));
        getChildren().addAll(stateSlot, number, title, stateWord, kind);

        item.stateProperty().addListener((obs, was, now) -> show(was, now));
        show(null, item.state());
    }

    StepItem item() {
        return item;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    private void show(StepState was, StepState now) {
        if (was != null) getStyleClass().remove(StateLook.styleClass(was));
        getStyleClass().add(StateLook.styleClass(now));
        stateSlot.getChildren().setAll(StateLook.icon(now));
        stateWord.setText(now.label());
    }

    private static String kindMeaning(StepKind kind) {
        switch (kind) {
            case CHANGE: return "Changes the host: runs only after you confirm the hosts and the commands";
            case MANUAL: return "Done by you, then checked off";
            default: return "Only reads the host";
        }
    }
}
