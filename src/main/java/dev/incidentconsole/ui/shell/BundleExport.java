package dev.incidentconsole.ui.shell;

import dev.incidentconsole.bundle.export.BundleExporter;
import dev.incidentconsole.bundle.export.ExportRequest;
import dev.incidentconsole.bundle.export.ExportResult;
import dev.incidentconsole.bundle.signing.AppIdentity;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.incident.Operator;
import dev.incidentconsole.ui.common.ProblemText;
import dev.incidentconsole.ui.hosts.FxPassphrasePrompt;
import java.io.File;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * File > Export bundle: picks the file, opens (or on first use creates) the app's signing key, then exports the
 * incident in the background with progress and Cancel, and says where the signed bundle went.
 */
final class BundleExport {

    private final Stage stage;
    private final ConsoleServices services;
    private final Executor work;
    private final StatusBar status;
    private final BiConsumer<String, String> notify;

    BundleExport(Stage stage, ConsoleServices services, Executor work, StatusBar status, BiConsumer<String, String> notify) {
        this.stage = stage;
        this.services = services;
        this.work = work;
        this.status = status;
        this.notify = notify;
    }

    void export(IncidentView view, EvidenceStore store) {
        String incidentId = view.session().incident().id();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export a signed evidence bundle");
        chooser.setInitialFileName(incidentId + "-bundle.zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Evidence bundle (*.zip)", "*.zip"));
        File target = chooser.showSaveDialog(stage);
        if (target != null) {
            export(view, store, target);
        }
    }

    /** Exports to {@code target}, asking for the signing key's passphrase (or a new one on first use). */
    void export(IncidentView view, EvidenceStore store, File target) {
        String incidentId = view.session().incident().id();
        AppIdentity identity = services.signingIdentity();
        Task<Boolean> probe = task(identity::exists);
        probe.setOnSucceeded(event -> {
            char[] newPassphrase = null;
            if (!probe.getValue()) {
                newPassphrase = new NewPassphraseDialog(stage).showAndWait().orElse(null);
                if (newPassphrase == null) {
                    status.message("Export cancelled: no signing key was created.");
                    return;
                }
            }
            run(store, incidentId, target, identity, newPassphrase);
        });
        probe.setOnFailed(event -> status.message("Export failed: " + ProblemText.describe(probe.getException())));
        work.execute(probe);
    }

    private void run(EvidenceStore store, String incidentId, File target, AppIdentity identity, char[] newPassphrase) {
        FxPassphrasePrompt passphrases = new FxPassphrasePrompt(() -> stage);
        Task<ExportResult> export = new Task<>() {
            @Override
            protected ExportResult call() throws Exception {
                Operator operator = services.operator();
                String principal = operator.email() == null || operator.email().isBlank() ? operator.name() : operator.email();
                BundleSigner signer;
                try {
                    signer = newPassphrase != null ? identity.create(principal, newPassphrase)
                            : identity.open(principal, passphrases::passphraseFor);
                } finally {
                    NewPassphraseDialog.wipe(newPassphrase);
                }
                BundleExporter exporter = services.bundleExporter(store);
                return exporter.export(new ExportRequest(incidentId, target.toPath(), signer, operator.label(), false, false,
                        services.narrative(incidentId)), (done, total) -> updateProgress(done, Math.max(total, 1)),
                        this::isCancelled);
            }
        };
        Dialog<Void> progress = progressDialog(export, target);
        export.setOnSucceeded(event -> {
            progress.close();
            status.done();
            ExportResult result = export.getValue();
            notify.accept("Bundle exported", result.bundle() + " (" + result.entries() + " entries, SHA-256 "
                    + result.zipSha256().substring(0, 16) + "\u2026)");
        });
        export.setOnFailed(event -> {
            progress.close();
            status.done();
            status.message("Export failed: " + ProblemText.describe(export.getException()));
        });
        export.setOnCancelled(event -> {
            progress.close();
            status.done();
            status.message("Export cancelled; no bundle was written.");
        });
        status.working("Exporting " + incidentId);
        progress.show();
        work.execute(export);
    }

    private Dialog<Void> progressDialog(Task<?> export, File target) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("Exporting");
        dialog.setHeaderText("Writing and signing " + target.getName());
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(export.progressProperty());
        Button cancel = new Button("Cancel export");
        cancel.setId("export-cancel");
        cancel.setOnAction(event -> export.cancel());
        dialog.getDialogPane().setContent(new VBox(10, new Label(target.getParent()), bar, cancel));
        dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CLOSE).setVisible(false);
        return dialog;
    }

    private static <T> Task<T> task(java.util.concurrent.Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }
}
