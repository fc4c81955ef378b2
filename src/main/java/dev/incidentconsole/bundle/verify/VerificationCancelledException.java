package dev.incidentconsole.bundle.verify;

import java.io.IOException;

/**
 * The verification was stopped before it reached a verdict, so nothing is known about the bundle: it is neither
 * verified nor shown to be damaged. No partial report exists.
 */
public final class VerificationCancelledException extends IOException {

    private static final long serialVersionUID = 1L;

    VerificationCancelledException(String message, Throwable cause) {
        super(message, cause);
    }
}
