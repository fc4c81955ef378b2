package dev.incidentconsole.bundle.signing;

/** The responder gave no passphrase for an encrypted key, so it stays locked. */
public final class PassphraseDeclinedException extends KeyFileException {

    private static final long serialVersionUID = 1L;

    public PassphraseDeclinedException(String message) {
        super(message);
    }
}
