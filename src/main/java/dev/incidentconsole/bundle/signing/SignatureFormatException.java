package dev.incidentconsole.bundle.signing;

/**
 * An SSH signature that cannot be read at all: bad armor or base64, a truncated field, the wrong magic or version,
 * or an algorithm we do not support. Distinct from a readable signature that does not verify.
 */
public final class SignatureFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public SignatureFormatException(String message) {
        super(message);
    }
}
