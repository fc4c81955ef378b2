package dev.incidentconsole.incident;

/** A change step was asked to run without a confirmation naming the step and exactly its hosts. */
public final class ChangeNotConfirmed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ChangeNotConfirmed(String message) {
        super(message);
    }
}
