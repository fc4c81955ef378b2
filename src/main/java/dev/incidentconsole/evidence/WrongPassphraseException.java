package dev.incidentconsole.evidence;

/** The passphrase does not open the store file (or one was given for a file that is not encrypted, or none for one that is). */
public class WrongPassphraseException extends EvidenceStoreException {

    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String message) {
        super(message);
    }
}
