package dev.incidentconsole.ui.hosts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Dialog;

/**
 * Asks the responder a question in a dialog on behalf of a worker thread and blocks that thread until the
 * answer. One dialog at a time: several hosts asking at once queue up instead of stacking windows. If the
 * worker is interrupted (its connection attempt was given up) the dialog closes and the caller gets the
 * refusal. Called on the FX thread it cannot wait without freezing the window, so it refuses at once.
 */
final class BlockingDialog {

    private static final System.Logger LOG = System.getLogger(BlockingDialog.class.getName());

    private final Semaphore oneAtATime = new Semaphore(1, true);

    /**
     * Shows the dialog {@code build} makes (called on the FX thread) and returns its result, or {@code refusal}
     * when it was cancelled, could not be shown or the waiting thread was interrupted. {@code what} names the
     * question in the log; it must never contain the answer.
     */
    <T> T ask(String what, Supplier<Dialog<T>> build, T refusal) {
        if (Platform.isFxApplicationThread()) {
            LOG.log(System.Logger.Level.WARNING, "Refused " + what + ": it was asked on the FX thread, where waiting "
                    + "for an answer would freeze the window; ask from a background thread instead.");
            return refusal;
        }
        try {
            oneAtATime.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return refusal;
        }
        try {
            return showAndWait(what, build, refusal);
        } finally {
            oneAtATime.release();
        }
    }

    private <T> T showAndWait(String what, Supplier<Dialog<T>> build, T refusal) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        AtomicReference<Dialog<T>> shown = new AtomicReference<>();
        try {
            Platform.runLater(() -> open(build, answer, shown));
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "Refused " + what + ": the window toolkit is not running.");
            return refusal;
        }
        try {
            T result = answer.get();
            return result == null ? refusal : result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.complete(refusal); // a dialog not opened yet then never opens
            Platform.runLater(() -> {
                Dialog<T> dialog = shown.get();
                if (dialog != null) {
                    dialog.close();
                }
            });
            return refusal;
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "Refused " + what + ": the dialog could not be shown.", e.getCause());
            return refusal;
        }
    }

    private static <T> void open(Supplier<Dialog<T>> build, CompletableFuture<T> answer,
                                 AtomicReference<Dialog<T>> shown) {
        if (answer.isDone()) {
            return;
        }
        try {
            Dialog<T> dialog = build.get();
            shown.set(dialog);
            dialog.setOnHidden(event -> answer.complete(dialog.getResult()));
            dialog.show();
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
    }
}
