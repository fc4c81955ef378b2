package dev.incidentconsole.evidence;

/** The store file is already open in another console (another process, or another store in this one). */
public class StoreInUseException extends EvidenceStoreException {

    private static final long serialVersionUID = 1L;

    public StoreInUseException(String message) {
        super(message);
    }
}
