package dev.incidentconsole.ui.common;

import java.util.Locale;

/** Byte counts as people read them: decimal units, one decimal below 100 ({@code 999 B}, {@code 4.2 MB}, {@code 412 MB}). */
public final class ByteSize {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private ByteSize() {
    }

    public static String of(long bytes) {
        int unit = 0;
        double value = bytes;
        // From 999.5 the whole number shown would be 1000: say 1.0 of the next unit instead.
        while (value >= 999.5 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        if (unit == 0) {
            return bytes + " B";
        }
        return String.format(Locale.ROOT, value < 99.95 ? "%.1f %s" : "%.0f %s", value, UNITS[unit]);
    }
}
