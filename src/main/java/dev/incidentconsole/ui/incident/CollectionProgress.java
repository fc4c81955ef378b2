package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.CollectionListener;
import dev.incidentconsole.incident.CollectionOutcome;
import dev.incidentconsole.incident.CollectionRequest;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.ByteSize;
import dev.incidentconsole.ui.common.Icons;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * A strip shown while files are being collected: how many are done, how much was read, and Cancel. The
 * collection runs in the background; the collecting threads only count, and the strip reads the counts four
 * times a second, so a fast transfer costs the FX thread nothing per chunk.
 */
public final class CollectionProgress extends HBox {

    private final IncidentSession session;
    private final BackgroundTasks tasks;
    private final Executor work;
    private final Label text = new Label();
    private final Button cancel = new Button("Cancel co_llection", Icons.icon(MaterialDesignS.STOP_CIRCLE_OUTLINE));
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger filesDone = new AtomicInteger();
    private final Timeline redraw = new Timeline(new KeyFrame(Duration.millis(250), event -> redraw()));
    private Cancellation cancellation;
    private int total;

    public CollectionProgress(IncidentSession session, Executor work) {
        super(8);
        this.session = session;
        this.tasks = new BackgroundTasks(work);
        this.work = work;
        setId("collect-progress");
        getStyleClass().add("collect-progress");
        getStylesheets().add(CollectionProgress.class.getResource("collect.css").toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        text.setId("collect-progress-text");
        text.getStyleClass().add("collect-progress-text");
        cancel.setId("collect-cancel");
        cancel.setMnemonicParsing(true);
        cancel.setTooltip(new Tooltip("Stop every transfer; what was read so far stays in the evidence, marked cancelled"));
        cancel.setOnAction(event -> cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(spinner, text, spacer, cancel);
        redraw.setCycleCount(Animation.INDEFINITE);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    public boolean running() {
        return cancellation != null;
    }

    /**
     * Starts collecting; on the FX thread, {@code done} gets the outcome, or {@code failed} what stopped the
     * collection as a whole (a closed incident, a store failure).
     */
    public void start(CollectionRequest request, Consumer<CollectionOutcome> done, Consumer<Throwable> failed) {
        if (running()) {
            throw new IllegalStateException("files are already being collected; wait for them or cancel");
        }
        Cancellation current = new Cancellation();
        cancellation = current;
        total = request.transfers();
        bytes.set(0);
        filesDone.set(0);
        cancel.setDisable(false);
        redraw();
        setVisible(true);
        redraw.play();
        CollectionListener counting = new CollectionListener() {
            @Override
            public void received(HostTarget host, String path, int length) {
                bytes.addAndGet(length);
            }

            @Override
            public void fileEnded(CollectionOutcome.File file) {
                filesDone.incrementAndGet();
            }
        };
        tasks.run("Collecting files", () -> session.collect(request, counting, current), outcome -> {
            finish();
            done.accept(outcome);
        }, failure -> {
            finish();
            failed.accept(failure);
        });
    }

    /** Stops every transfer under way; the outcome still arrives through {@code done}. */
    public void cancel() {
        Cancellation current = cancellation;
        if (current == null || current.isCancelled()) {
            return;
        }
        cancel.setDisable(true);
        text.setText("Cancelling\u2026");
        work.execute(current::cancel); // ends SFTP reads, which is network work
    }

    private void finish() {
        redraw.stop();
        cancellation = null;
        setVisible(false);
    }

    private void redraw() {
        if (cancellation != null && cancellation.isCancelled()) {
            return;
        }
        text.setText("Collecting files: " + filesDone.get() + " of " + total + " done, " + ByteSize.of(bytes.get()) + " read\u2026");
    }


    /** What the strip says now, for tests. */
    public String message() {
        return text.getText();
    }
}
