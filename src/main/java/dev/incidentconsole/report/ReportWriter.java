package dev.incidentconsole.report;

import java.io.IOException;
import java.io.Writer;

/** Lays a report out in one format, streaming to {@code out}; the caller owns (and closes) {@code out}. */
public interface ReportWriter {

    void write(IncidentReport report, Writer out) throws IOException;

    /** The usual file name inside a bundle: {@code report.md}, {@code report.html}. */
    String fileName();
}
