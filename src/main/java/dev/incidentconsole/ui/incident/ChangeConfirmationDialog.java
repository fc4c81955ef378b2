package dev.incidentconsole.ui.incident;

import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.runbook.Command;
import dev.incidentconsole.runbook.Parameter;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.runbook.CommandBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The last word before a change step runs: it names every host and shows the exact commands and parameter
 * values. Cancel is the default button, and running needs the responder to tick that they checked both.
 */
public final class ChangeConfirmationDialog extends Dialog<ButtonType> {

    private final ButtonType run;

    public ChangeConfirmationDialog(Runbook runbook, Step step, List<HostTarget> hosts, Map<String, String> values) {
        setTitle("Confirm a change");
        setHeaderText("'" + step.title() + "' changes " + hostCount(hosts.size()));
        setGraphic(Icons.icon(MaterialDesignA.ALERT, "confirm-icon"));
        run = new ButtonType("Run change on " + hostCount(hosts.size()), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, run);
        getDialogPane().setId("change-confirmation");
        getDialogPane().getStyleClass().add("change-confirmation");
        Stylesheets.addTo(getDialogPane().getStylesheets());

        CheckBox reviewed = new CheckBox("_I have checked the hosts and the commands");
        reviewed.setId("confirm-reviewed");
        reviewed.setMnemonicParsing(true);
        VBox body = new VBox(10, caption("It runs on these hosts, in parallel:"), hostList(hosts),
                caption("Each host runs exactly these commands, in order:"), commands(runbook, step));
        if (!values.isEmpty()) {
            body.getChildren().addAll(caption("with these parameter values:"), values(values));
        }
        body.getChildren().add(reviewed);
        body.getStyleClass().add("confirm-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        scroll.setPrefViewportWidth(620);
        getDialogPane().setContent(scroll);

        Button runButton = (Button) getDialogPane().lookupButton(run);
        runButton.setId("confirm-run");
        runButton.setDefaultButton(false);
        runButton.disableProperty().bind(reviewed.selectedProperty().not());
        Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("confirm-cancel");
        cancel.setDefaultButton(true);
        setOnShown(event -> cancel.requestFocus());
    }

    /** True when the responder pressed the run button. */
    public boolean confirms(ButtonType answer) {
        return answer == run;
    }

    /** An approval that asks with this dialog, over the window {@code owner} supplies at the moment of asking. */
    public static ChangeApproval asking(Supplier<Window> owner, Runbook runbook, Map<String, String> values) {
        return (step, hosts) -> {
            ChangeConfirmationDialog dialog = new ChangeConfirmationDialog(runbook, step, hosts, values);
            dialog.initOwner(owner.get());
            return dialog.showAndWait().map(dialog::confirms).orElse(false);
        };
    }

    private static VBox hostList(List<HostTarget> hosts) {
        VBox list = new VBox(4);
        list.setId("confirm-hosts");
        for (HostTarget host : hosts) {
            Label alias = new Label(host.alias() + "    " + host.user() + "@" + host.hostName() + ":" + host.port());
            alias.setId("confirm-host-" + host.alias());
            alias.getStyleClass().add("confirm-host");
            list.getChildren().add(alias);
        }
        return list;
    }

    private static VBox commands(Runbook runbook, Step step) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        runbook.parameters().forEach(p -> parameters.put(p.name(), p));
        VBox list = new VBox(8);
        List<Command> commands = step.commands();
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i);
            VBox script = CommandBlock.script(command.script(), parameters, true);
            script.setId("confirm-command-" + (i + 1));
            Label shell = new Label(command.shell() + " \u00b7 " + command.kind().label());
            shell.getStyleClass().add("command-options");
            list.getChildren().add(new VBox(4, script, shell));
        }
        return list;
    }

    private static Label values(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(text.length() == 0 ? "" : "\n").append(name).append('=')
                .append('\'').append(value.replace("'", "'\\''")).append('\''));
        Label label = new Label(text.toString());
        label.setId("confirm-values");
        label.getStyleClass().add("confirm-values");
        label.setWrapText(true);
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("confirm-caption");
        return label;
    }

    private static String hostCount(int count) {
        return count == 1 ? "1 host" : count + " hosts";
    }
}
