package dev.incidentconsole.bundle.export;

import java.io.IOException;

/** The export was cancelled; its partial file has been deleted and nothing was recorded in the incident. */
public final class ExportCancelledException extends IOException {

    private static final long serialVersionUID = 1L;

    public ExportCancelledException(String message) {
        super(message);
    }
}
