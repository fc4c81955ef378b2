package dev.incidentconsole.bundle.signing;

/** Every passphrase offered for an encrypted key was wrong. */
public final class WrongPassphraseException extends KeyFileException {

    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String message) {
        super(message);
    }
}
