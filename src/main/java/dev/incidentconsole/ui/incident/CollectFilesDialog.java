package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.CollectionPaths;
import dev.incidentconsole.incident.CollectionRequest;
import dev.incidentconsole.remote.HostTarget;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks which files to collect and from which hosts: one absolute path per line, checked as it is typed (the bad
 * line named), and the incident's hosts as check boxes, those picked in the Hosts tab ticked (all when none is).
 * Collect stays disabled until the list is usable. Only returns the request; nothing is read here.
 */
public final class CollectFilesDialog extends Dialog<CollectionRequest> {

    public static final KeyCombination COLLECT = KeyCombination.keyCombination("Shortcut+Enter");

    private final TextArea paths = new TextArea();
    private final Label problem = new Label();
    private final List<CheckBox> hostBoxes = new ArrayList<>();
    private final ButtonType collect = new ButtonType("Collect", ButtonBar.ButtonData.OK_DONE);

    /**
     * {@code selected} are the aliases picked in the Hosts tab; {@code stepId} the selected step the files belong
     * to, or null.
     */
    public CollectFilesDialog(Window owner, List<HostTarget> hosts, List<String> selected, String stepId) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Collect files from hosts");
        setHeaderText("Each file is copied into the evidence as it is read, with its size, owner, mode and SHA-256.");
        getDialogPane().setId("collect-files-dialog");
        Stylesheets.addTo(getDialogPane().getStylesheets());
        getDialogPane().getStylesheets().add(CollectFilesDialog.class.getResource("collect.css").toExternalForm());
        getDialogPane().getButtonTypes().addAll(collect, ButtonType.CANCEL);

        Label pathsLabel = new Label("_Files, one absolute path per line (at most " + CollectionPaths.MAX_PATHS + "):");
        pathsLabel.setMnemonicParsing(true);
        pathsLabel.setLabelFor(paths);
        paths.setId("collect-paths");
        paths.getStyleClass().add("collect-paths");
        paths.setPrefRowCount(6);
        paths.setPromptText("/var/log/mcp/gateway.log\n/etc/mcp/relay.yaml");
        problem.setId("collect-problem");
        problem.getStyleClass().add("collect-problem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps onto a second line instead of being cut

        FlowPane hostPane = new FlowPane(14, 6);
        hostPane.setId("collect-hosts");
        for (HostTarget host : hosts) {
            CheckBox box = new CheckBox(host.alias());
            box.setId("collect-host-" + host.alias());
            box.setUserData(host);
            box.setSelected(selected.isEmpty() || selected.contains(host.alias()));
            box.setTooltip(new Tooltip(host.user() + "@" + host.hostName() + ":" + host.port()));
            hostBoxes.add(box);
            hostPane.getChildren().add(box);
        }
        Label hostsLabel = new Label(selected.isEmpty() ? "From the incident's hosts:" : "From the hosts selected in the Hosts tab:");
        Label hint = new Label("Collect with " + COLLECT.getDisplayText() + ", cancel with Escape.");
        hint.getStyleClass().add("text-muted");
        VBox content = new VBox(8, pathsLabel, paths, problem, hostsLabel, hostPane, hint);
        content.setPadding(new Insets(8, 14, 0, 14));
        content.setPrefWidth(560);
        VBox.setVgrow(paths, Priority.ALWAYS);
        getDialogPane().setContent(content);

        problem.textProperty().bind(Bindings.createStringBinding(this::pathProblem, paths.textProperty()));
        BooleanBinding noHost = Bindings.createBooleanBinding(() -> chosenHosts().isEmpty(),
                hostBoxes.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
        Button collectButton = (Button) getDialogPane().lookupButton(collect);
        collectButton.setId("collect-ok");
        BooleanBinding nothingTyped = Bindings.createBooleanBinding(() -> paths.getText() == null || paths.getText().isBlank(),
                paths.textProperty());
        collectButton.disableProperty().bind(problem.textProperty().isNotEmpty().or(noHost).or(nothingTyped));
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("collect-cancel-dialog");
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (COLLECT.match(event)) {
                event.consume();
                if (!collectButton.isDisabled()) collectButton.fire();
            }
        });
        setResultConverter(button -> button == collect
                ? new CollectionRequest(CollectionPaths.parse(paths.getText()), chosenHosts(), stepId) : null);
        setOnShown(event -> Platform.runLater(paths::requestFocus));
    }

    /** Empty while nothing is typed, so a fresh dialog does not open on a complaint. */
    private String pathProblem() {
        String text = paths.getText();
        return text == null || text.isBlank() ? "" : CollectionPaths.problem(text).orElse("");
    }

    private List<HostTarget> chosenHosts() {
        return hostBoxes.stream().filter(CheckBox::isSelected).map(box -> (HostTarget) box.getUserData()).toList();
    }

    /** The path field, for tests and for focusing. */
    public TextArea pathsField() {
        return paths;
    }

    Node problemLabel() {
        return problem;
    }
}
