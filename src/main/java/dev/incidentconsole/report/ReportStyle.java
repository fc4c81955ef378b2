package dev.incidentconsole.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The HTML report's stylesheet, kept as a resource beside this class and inlined so the file stands alone. */
final class ReportStyle {

    private static final String CSS = load();

    private ReportStyle() {
    }

    static String css() {
        return CSS;
    }

    private static String load() {
        try (InputStream in = ReportStyle.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the classpath");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return css.endsWith("\n") ? css : css + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css", e);
        }
    }
}
