package dev.incidentconsole.ui.review;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.ui.common.Icons;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Shown while a bundle is verified: a bar that fills as the files are hashed, how much of how much and which
 * file, for how long so far and about how long is left, and a way out. It draws from the model's progress,
 * which reaches the FX thread at most once per pulse; the clock ticks once a second on its own.
 */
final class VerifyingPane extends VBox {

    private final ObservableValue<ReviewModel.Checked> progress;
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label percent = new Label();
    private final Label checked = new Label("Reading the bundle's table of contents\u2026");
    private final Label timing = new Label();
    private final ChangeListener<ReviewModel.Checked> onProgress = (obs, was, now) -> show(now);
    private final Timeline clock;
    private final long startedNanos = System.nanoTime();

    VerifyingPane(String file, ObservableValue<ReviewModel.Checked> progress, Runnable cancel) {
        super(12);
        this.progress = progress;
        setId("review-verifying");
        getStyleClass().add("review-verifying");
        setAlignment(Pos.CENTER);
        Label what = new Label("Checking every file of " + file + " against SHA256SUMS,"
                + " the signature and the hash chain\u2026");
        what.setWrapText(true);
        bar.setId("review-verify-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        percent.setId("review-verify-percent");
        // Wide enough for "100%", so the bar does not twitch as the digits change.
        percent.setMinWidth(44);
        HBox barLine = new HBox(10, bar, percent);
        barLine.setAlignment(Pos.CENTER_LEFT);
        barLine.setMaxWidth(640);
        checked.setId("review-verify-checked");
        checked.setWrapText(true);
        checked.setMaxWidth(640);
        timing.setId("review-elapsed");
        timing.getStyleClass().add(Styles.TEXT_MUTED);
        Button stop = new Button("_Cancel verification", Icons.icon(MaterialDesignC.CANCEL));
        stop.setId("review-cancel");
        stop.setCancelButton(true);
        stop.setTooltip(new Tooltip("Stop checking now; nothing from the bundle is shown (Esc)"));
        stop.setOnAction(event -> cancel.run());
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                cancel.run();
            }
        });
        getChildren().addAll(what, barLine, checked, timing, stop);
        progress.addListener(onProgress);
        show(progress.getValue());
        clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        tick();
        clock.play();
    }

    private void show(ReviewModel.Checked now) {
        if (now == null) {
            return;
        }
        bar.setProgress(now.fraction());
        percent.setText(VerifyProgressText.percent(now));
        checked.setText(VerifyProgressText.checked(now));
        bar.setAccessibleText(percent.getText() + " verified. " + checked.getText());
    }

    private void tick() {
        timing.setText(VerifyProgressText.timing(Duration.ofNanos(System.nanoTime() - startedNanos), progress.getValue()));
    }

    /** Stops the clock and stops listening; the pane is not used afterwards. */
    void stop() {
        clock.stop();
        progress.removeListener(onProgress);
    }
}
