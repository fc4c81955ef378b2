package dev.incidentconsole.bundle.archive;

/** A SHA256SUMS file that {@link Sha256Sums#parse} will not accept; the message starts with the line number. */
public final class MalformedSha256SumsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    public MalformedSha256SumsException(int lineNumber, String problem) {
        super("SHA256SUMS line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    /** One-based. */
    public int lineNumber() {
        return lineNumber;
    }
}
