package dev.incidentconsole.ui.common;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns an exception into one sentence a responder can act on, never a stack trace. */
public final class ProblemText {

    private ProblemText() {
    }

    public static String describe(Throwable problem) {
        Throwable cause = unwrap(problem);
        if (cause instanceof NoSuchFileException e) {
            return "file or folder not found: " + e.getFile();
        }
        if (cause instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile();
        }
        if (cause instanceof NotDirectoryException e) {
            return "not a folder: " + e.getFile();
        }
        if (cause instanceof FileSystemException e && e.getReason() != null) {
            return e.getReason() + ": " + e.getFile();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return "unexpected " + cause.getClass().getSimpleName();
        }
        return message.strip();
    }

    private static Throwable unwrap(Throwable problem) {
        Throwable cause = problem;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException
                || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
