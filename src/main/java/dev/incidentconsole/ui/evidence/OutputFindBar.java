package dev.incidentconsole.ui.evidence;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.Shortcuts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The find row under an output view: query field, match count, previous, next and close. Hidden until asked for. */
final class OutputFindBar extends HBox {

    static final KeyCombination NEXT = KeyCombination.keyCombination("F3");
    static final KeyCombination PREVIOUS = KeyCombination.keyCombination("Shift+F3");

    private final CustomTextField field = new CustomTextField();
    private final Label count = new Label();

    /** {@code close} runs on Escape and on the close button; the bar hides itself first. */
    OutputFindBar(Runnable next, Runnable previous, Runnable close) {
        super(6);
        setId("output-find-bar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("output-find-field");
        field.setPromptText("Find in output");
        field.setLeft(Icons.icon(MaterialDesignM.MAGNIFY, "find-icon"));
        field.setTooltip(new Tooltip(Shortcuts.hint("Find in output", Shortcuts.FIND)
                + "\nEnter: next match, Shift+Enter: previous, Escape: close"));
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMaxWidth(360);
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                (event.isShiftDown() ? previous : next).run();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                hideBar();
                close.run();
            }
        });
        count.setId("output-find-count");
        count.getStyleClass().addAll("find-count", Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button up = button("output-find-previous", MaterialDesignC.CHEVRON_UP, "Previous match", PREVIOUS, previous);
        Button down = button("output-find-next", MaterialDesignC.CHEVRON_DOWN, "Next match", NEXT, next);
        Button shut = button("output-find-close", MaterialDesignC.CLOSE, "Close find", KeyCombination.keyCombination("Esc"),
                () -> {
                    hideBar();
                    close.run();
                });
        getChildren().addAll(field, count, up, down, shut);
        hideBar();
    }

    private static Button button(String id, Ikon ikon, String action, KeyCombination keys, Runnable run) {
        Button button = new Button(null, Icons.icon(ikon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(Shortcuts.hint(action, keys)));
        button.setFocusTraversable(false);
        button.setOnAction(event -> run.run());
        return button;
    }

    javafx.beans.property.StringProperty queryProperty() {
        return field.textProperty();
    }

    void setCountText(String text) {
        count.setText(text);
    }

    /** Shows the bar and puts the keyboard in the field with its text selected. */
    void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    boolean isOpen() {
        return isVisible();
    }

    private void hideBar() {
        setVisible(false);
        setManaged(false);
    }
}
