package dev.incidentconsole.ui.report;

/** One line of the report preview and how it is drawn. */
public record ReportPreviewLine(String text, Style style) {

    public enum Style {
        TITLE, HEADING, SUBHEADING, TEXT, BULLET, QUOTE, CODE, TABLE_HEADER, TABLE_ROW, BLANK;

        String styleClass() {
            return "report-line-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
