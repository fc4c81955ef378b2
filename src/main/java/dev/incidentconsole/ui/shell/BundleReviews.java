package dev.incidentconsole.ui.shell;

import dev.incidentconsole.ui.hosts.FxPassphrasePrompt;
import dev.incidentconsole.ui.review.ReviewView;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Bundles opened for review, one read-only tab each: from File > Open bundle, or dropped on the window. The
 * review itself (verification first, then the incident) is {@link ReviewView}'s.
 */
final class BundleReviews {

    private final Stage stage;
    private final TabPane tabs;
    private final ConsoleServices services;
    private final Executor work;
    private final StatusBar status;

    BundleReviews(Stage stage, TabPane tabs, ConsoleServices services, Executor work, StatusBar status) {
        this.stage = stage;
        this.tabs = tabs;
        this.services = services;
        this.work = work;
        this.status = status;
    }

    void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an evidence bundle for review");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Evidence bundle (*.zip)", "*.zip"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    void open(Path bundle) {
        FxPassphrasePrompt passphrases = new FxPassphrasePrompt(() -> stage);
        ReviewView view = new ReviewView(bundle, services.reviewServices(passphrases::passphraseFor), work);
        Tab tab = new Tab("Review: " + bundle.getFileName(), view);
        tab.setId("tab-review");
        tab.setOnClosed(event -> view.close());
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        status.message("Verifying " + bundle.getFileName() + " before showing it");
    }

    /** Dropping a .zip on the window opens it for review. */
    void acceptDrops(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().stream().anyMatch(BundleReviews::isZip)) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            boolean opened = false;
            if (event.getDragboard().hasFiles()) {
                for (File file : event.getDragboard().getFiles()) {
                    if (isZip(file)) {
                        open(file.toPath());
                        opened = true;
                    }
                }
            }
            event.setDropCompleted(opened);
            event.consume();
        });
    }

    private static boolean isZip(File file) {
        return file.getName().toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
