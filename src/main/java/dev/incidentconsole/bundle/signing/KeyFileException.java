package dev.incidentconsole.bundle.signing;

/** A signing key file that cannot be used: not a key, damaged, of an unsupported kind, or still locked. */
public class KeyFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public KeyFileException(String message) {
        super(message);
    }
}
