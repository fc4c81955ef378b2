package dev.incidentconsole.ui.hosts;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.UnknownHostKey;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks the responder, in a modal dialog, whether to trust a host key no known_hosts file lists. Called on the
 * transport's worker thread, which waits for the answer. Refuse is the default (Enter and Escape both refuse):
 * trusting must be a deliberate click after comparing the fingerprint.
 */
public final class FxHostKeyApprover implements HostKeyApprover {

    private final Supplier<Window> owner;
    private final BlockingDialog dialogs = new BlockingDialog();

    /** {@code owner} gives the window the dialog belongs to when it opens, or null for none. */
    public FxHostKeyApprover(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean approve(UnknownHostKey request) {
        return dialogs.ask("the host key of " + request.hostAlias() + " (" + request.fingerprint() + ")",
                () -> dialogFor(request), false);
    }

    private Dialog<Boolean> dialogFor(UnknownHostKey request) {
        Dialog<Boolean> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle("Unknown host key: " + request.hostAlias());
        DialogPane pane = dialog.getDialogPane();
        pane.setId("host-key-dialog");
        pane.getStylesheets().add(FxHostKeyApprover.class.getResource("hosts.css").toExternalForm());
        pane.getStyleClass().add("host-key-dialog");
        pane.setHeaderText("Is this really " + request.hostAlias() + "? Its host key is not in your known_hosts.");
        pane.setContent(content(request));

        ButtonType trust = new ButtonType("_Trust this key", ButtonData.YES);
        ButtonType refuse = new ButtonType("_Refuse", ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(trust, refuse);
        Button trustButton = (Button) pane.lookupButton(trust);
        trustButton.setId("trust-host-key");
        trustButton.setDefaultButton(false);
        Button refuseButton = (Button) pane.lookupButton(refuse);
        refuseButton.setId("refuse-host-key");
        refuseButton.setDefaultButton(true);
        dialog.setOnShown(event -> refuseButton.requestFocus());
        dialog.setResultConverter(button -> button == trust);
        return dialog;
    }

    private static VBox content(UnknownHostKey request) {
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        facts.addRow(0, muted("Host"), value("host-key-alias", request.hostAlias()));
        facts.addRow(1, muted("Address"), value("host-key-address", request.knownHostsName()));
        facts.addRow(2, muted("Key type"), value("host-key-type", request.keyType()));

        TextField fingerprint = new TextField(request.fingerprint());
        fingerprint.setId("host-key-fingerprint");
        fingerprint.setEditable(false);
        fingerprint.getStyleClass().addAll("fingerprint", "fingerprint-large");
        fingerprint.setPrefColumnCount(request.fingerprint().length());
        fingerprint.setMinWidth(Region.USE_PREF_SIZE); // the dialog widens rather than hide part of it

        Label explanation = new Label("Compare this fingerprint, character by character, with the one the host's "
                + "owner publishes or reads to you from the host itself (ssh-keygen -lf on the host's public key "
                + "file, e.g. /etc/ssh/ssh_host_" + keyFileStem(request.keyType()) + "_key.pub), over a channel "
                + "you trust. Trust it only if they are identical: a different key may mean someone is "
                + "intercepting the connection. A trusted key is remembered for later connections.");
        explanation.setId("host-key-explanation");
        explanation.setWrapText(true);
        explanation.setMaxWidth(560);

        VBox box = new VBox(12, facts, new Label("SHA256 fingerprint"), fingerprint, explanation);
        box.getStyleClass().add("host-key-content");
        return box;
    }

    /** The stem OpenSSH uses for the host key file of {@code keyType}. */
    private static String keyFileStem(String keyType) {
        if (keyType.startsWith("ecdsa")) return "ecdsa";
        if (keyType.contains("ed25519")) return "ed25519";
        if (keyType.contains("rsa")) return "rsa";
        return "*";
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Label value(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
