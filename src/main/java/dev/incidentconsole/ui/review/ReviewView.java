package dev.incidentconsole.ui.review;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.verify.VerifyProgress;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.ByteSize;
import dev.incidentconsole.ui.common.Icons;
import dev.incidentconsole.ui.common.Shortcuts;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * A received evidence bundle, read-only, for an analyst. The bundle is verified first, in the background, with a
 * way to cancel; the result stays in a banner at the top. Then the incident opens in the console's evidence views
 * (even when verification failed, under a red banner that says the content cannot be trusted), beside the
 * analyst's notes. A file the archive reader refuses shows the reason and nothing else.
 *
 * <p>Entry point for the main window: {@code new ReviewView(bundle, services, executor)}; call {@link #close} when
 * its tab closes. The executor runs every read and write; the window owns it.
 */
public final class ReviewView extends BorderPane {

    private final ReviewModel model;
    private final BackgroundTasks tasks;
    private final ZoneId zone;
    private final BiFunction<FileChooser, Window, File> saveDialog;
    private final VerdictBanner banner = new VerdictBanner();
    private final Label title = new Label();
    private VerifyingPane verifying;
    private ReviewTabs tabs;
    private NotesPanel notes;

    public ReviewView(Path bundle, ReviewServices services, Executor executor) {
        this(bundle, services, executor, FileChooser::showSaveDialog, ZoneId.systemDefault());
    }

    /** {@code saveDialog} shows the file choosers (tests answer them without a native dialog). */
    ReviewView(Path bundle, ReviewServices services, Executor executor, BiFunction<FileChooser, Window, File> saveDialog,
               ZoneId zone) {
        this(bundle, services, executor, saveDialog, zone, VerifyProgress.NONE);
    }

    /** {@code watcher} also hears the verifier's progress, on its thread (tests pause the verification there). */
    ReviewView(Path bundle, ReviewServices services, Executor executor, BiFunction<FileChooser, Window, File> saveDialog,
               ZoneId zone, VerifyProgress watcher) {
        this.model = new ReviewModel(bundle, services, executor, watcher);
        this.tasks = new BackgroundTasks(executor);
        this.zone = zone;
        this.saveDialog = saveDialog;
        setId("review-view");
        getStyleClass().add("review-view");
        getStylesheets().add(ReviewView.class.getResource("review.css").toExternalForm());
        title.setId("review-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        VBox top = new VBox(8, banner, title);
        top.getStyleClass().add("review-top");
        setTop(top);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        model.phaseProperty().addListener((obs, was, now) -> showPhase(now));
        model.start();
        showPhase(model.phaseProperty().get());
    }

    private void showPhase(ReviewModel.Phase phase) {
        String file = model.bundle().getFileName().toString();
        if (verifying != null) {
            verifying.stop();
            verifying = null;
        }
        switch (phase) {
            case VERIFYING -> {
                banner.verifying(file);
                title.setText("");
                verifying = new VerifyingPane(file, model.checkedProperty(), model::cancel);
                setCenter(verifying);
            }
            case CANCELLED -> showCancelled(file);
            case REFUSED -> {
                banner.refused(model.refusal().headline(), model.refusal().detail());
                title.setText("");
                setCenter(null);
            }
            case OPEN -> showOpened(model.opened());
        }
    }

    private void showCancelled(String file) {
        banner.cancelled(file);
        ReviewModel.Checked reached = model.checkedProperty().get();
        Label stopped = new Label(reached == null ? "Stopped before any file was checked."
                : "Stopped after checking " + ByteSize.of(reached.bytesChecked()) + " of "
                + ByteSize.of(reached.bytesTotal()) + " (" + VerifyProgressText.percent(reached)
                + "): the bundle is neither verified nor shown to be damaged.");
        stopped.setId("review-cancelled-at");
        stopped.setWrapText(true);
        Button again = new Button("_Verify again", Icons.icon(MaterialDesignS.SHIELD_REFRESH_OUTLINE));
        again.setId("review-retry");
        again.setTooltip(new Tooltip("Check every file of " + file + " again from the start (Alt+V)"));
        again.setOnAction(event -> model.start());
        VBox box = new VBox(12, stopped, again);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("review-verifying");
        setCenter(box);
        again.requestFocus();
    }

    private void showOpened(OpenedBundle opened) {
        banner.verified(model.reportProperty().get(), opened.evidence().readProblems());
        BundleManifest manifest = opened.evidence().manifest();
        title.setText(opened.incident().title() + " \u00B7 " + opened.incident().id() + " \u00B7 exported "
                + manifest.exportedAt().replaceAll("\\.\\d+Z$", "Z") + " by " + manifest.exporter().operator()
                + (manifest.redacted() ? " \u00B7 REDACTED copy" : ""));
        tabs = new ReviewTabs(opened, tasks, model.services().clock(), zone, saveDialog);
        notes = new NotesPanel(model, tabs.selectedEntryProperty(), saveDialog);
        SplitPane split = new SplitPane(tabs, notes);
        split.setDividerPositions(0.72);
        setCenter(split);
    }

    private void shortcut(KeyEvent event) {
        if (tabs == null) {
            return;
        }
        if (Shortcuts.FIND.match(event)) {
            tabs.focusSearch();
        } else if (Shortcuts.TIMELINE.match(event)) {
            tabs.showTimeline();
        } else if (Shortcuts.NOTE.match(event)) {
            notes.focusText();
        } else {
            return;
        }
        event.consume();
    }

    /** Stops any verification under way and closes the bundle file. */
    public void close() {
        if (verifying != null) {
            verifying.stop();
        }
        model.close();
    }

    public ReviewModel model() {
        return model;
    }

    VerdictBanner banner() {
        return banner;
    }

    ReviewTabs tabs() {
        return tabs;
    }
}
