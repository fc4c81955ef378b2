package dev.incidentconsole.ui.hosts;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.Shortcuts;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Everything known about the host in focus, in full: the fingerprint in a field it can be selected and
 * copied from, and the last error with its explanation, which the table can only abbreviate.
 */
final class HostDetails extends VBox {

    private final Label title = new Label();
    private final Label state = new Label();
    private final TextField fingerprint = new TextField();
    private final Button copy = new Button("Co_py", Icons.icon(MaterialDesignC.CONTENT_COPY));
    private final Label clock = new Label();
    private final TextArea problem = new TextArea();
    private final InvalidationListener refresh = observable -> refresh();
    private HostRow shown;

    HostDetails() {
        super(6);
        setId("host-details");
        getStyleClass().add("host-details");

        title.setId("host-detail-title");
        title.getStyleClass().add(Styles.TITLE_4);
        state.setId("host-detail-state");

        fingerprint.setId("host-detail-fingerprint");
        fingerprint.setEditable(false);
        fingerprint.setPromptText("no key seen yet: connect to read it");
        fingerprint.getStyleClass().add("fingerprint");
        HBox.setHgrow(fingerprint, Priority.ALWAYS);
        copy.setId("copy-fingerprint");
        copy.setTooltip(new Tooltip(Shortcuts.hint("Copy the host-key fingerprint", HostsPanel.COPY_FINGERPRINT)
                + "\nin the table"));
        copy.setOnAction(event -> copyFingerprint());
        copy.disableProperty().bind(fingerprint.textProperty().isEmpty());
        Label keyLabel = new Label("Host key");
        keyLabel.setLabelFor(fingerprint);
        HBox keyLine = new HBox(8, keyLabel, fingerprint, copy);
        keyLine.setAlignment(Pos.CENTER_LEFT);

        clock.setId("host-detail-clock");
        clock.setWrapText(true);
        problem.setId("host-detail-problem");
        problem.setEditable(false);
        problem.setWrapText(true);
        problem.setPrefRowCount(6);
        problem.getStyleClass().add("host-problem");
        problem.managedProperty().bind(problem.visibleProperty());

        getChildren().addAll(new HBox(12, title, state), keyLine, clock, problem);
        show(null);
    }

    /** Follows {@code row} (null for none) until another is shown. */
    void show(HostRow row) {
        if (shown != null) {
            properties(shown).forEach(p -> p.removeListener(refresh));
        }
        shown = row;
        if (row != null) {
            properties(row).forEach(p -> p.addListener(refresh));
        }
        refresh();
    }

    /** Puts the fingerprint of the host in focus on the clipboard; false when there is none to copy. */
    boolean copyFingerprint() {
        if (shown == null || shown.fingerprintProperty().get() == null) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(shown.fingerprintProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }

    private static List<Observable> properties(HostRow row) {
        return List.of(row.stateProperty(), row.fingerprintProperty(), row.clockOffsetProperty(), row.problemProperty());
    }

    private void refresh() {
        setVisible(shown != null);
        if (shown == null) {
            return;
        }
        title.setText(shown.alias() + "  \u00b7  " + shown.target().user() + "@" + shown.address());
        state.setText(shown.state().words());
        state.getStyleClass().removeIf(style -> style.startsWith("host-state-"));
        state.getStyleClass().add(shown.state().styleClass());
        fingerprint.setText(shown.fingerprintProperty().get() == null ? "" : shown.fingerprintProperty().get());

        ClockOffset offset = shown.clockOffsetProperty().get();
        clock.setText(offset == null ? "" : "Clock offset " + offset.text()
                + (offset.needsWarning() || offset.offset() == null ? ". " + offset.warning() : ""));
        clock.pseudoClassStateChanged(HostsPanel.WARNING, offset != null && offset.needsWarning());
        clock.setVisible(offset != null);
        clock.setManaged(offset != null);

        ConnectionProblem failure = shown.problemProperty().get();
        problem.setVisible(failure != null);
        problem.setText(failure == null ? "" : failure.headline() + ". " + failure.explanation());
        problem.pseudoClassStateChanged(HostsPanel.SEVERE, failure != null && failure.severe());
    }
}
