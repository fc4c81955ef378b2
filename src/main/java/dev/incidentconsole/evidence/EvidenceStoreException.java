package dev.incidentconsole.evidence;

/**
 * The evidence store could not do what was asked (the database file cannot be read or written, or it is closed).
 * The message is meant for the responder: it names the file or the entry and says what went wrong.
 */
public class EvidenceStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EvidenceStoreException(String message) {
        super(message);
    }

    public EvidenceStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
