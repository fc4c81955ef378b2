package dev.incidentconsole.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work off the FX thread on an executor it is given (the window owns and shuts down that executor) and
 * reports the outcome back on the FX thread, through the {@link Task} callbacks.
 */
public final class BackgroundTasks {

    private final Executor executor;

    public BackgroundTasks(Executor executor) {
        this.executor = executor;
    }

    /** Starts {@code work}; exactly one of {@code onSuccess} and {@code onFailure} is later called on the FX thread. */
    public <T> Task<T> run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            onFailure.accept(new IllegalStateException("the window is closing", e));
        }
        return task;
    }
}
