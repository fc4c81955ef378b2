package dev.incidentconsole.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes a report to a string for assertions. */
final class ReportWriting {

    private ReportWriting() {
    }

    static String write(ReportWriter writer, IncidentReport report) {
        StringWriter out = new StringWriter();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
