package dev.incidentconsole.ui.review;

import atlantafx.base.theme.Styles;
import dev.incidentconsole.ui.common.Icons;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Shown while a bundle is verified: what is being checked, for how long so far, and a way out. The verifier reads
 * every file once and reports only at the end, so the progress is a spinner and a clock, not a percentage.
 */
final class VerifyingPane extends VBox {

    private final Label elapsed = new Label();
    private final Timeline clock;
    private long seconds;

    VerifyingPane(String file, Runnable cancel) {
        super(12);
        setId("review-verifying");
        getStyleClass().add("review-verifying");
        setAlignment(Pos.CENTER);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        Label what = new Label("Checking every file of " + file + " against SHA256SUMS,"
                + " the signature and the hash chain\u2026");
        what.setWrapText(true);
        elapsed.setId("review-elapsed");
        elapsed.getStyleClass().add(Styles.TEXT_MUTED);
        Button stop = new Button("_Cancel verification", Icons.icon(MaterialDesignC.CANCEL));
        stop.setId("review-cancel");
        stop.setCancelButton(true);
        stop.setTooltip(new Tooltip("Stop checking; nothing from the bundle is shown (Esc)"));
        stop.setOnAction(event -> cancel.run());
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                cancel.run();
            }
        });
        getChildren().addAll(progress, what, elapsed, stop);
        clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        tick();
        clock.play();
    }

    private void tick() {
        elapsed.setText(seconds == 0 ? "Just started" : Duration.ofSeconds(seconds).toString().substring(2).toLowerCase(java.util.Locale.ROOT)
                + " so far");
        seconds++;
    }

    void stop() {
        clock.stop();
    }
}
