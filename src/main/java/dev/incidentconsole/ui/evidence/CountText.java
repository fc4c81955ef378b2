package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.ui.common.ByteSize;

/** Counts as a responder reads them: grouped digits and byte sizes in B, KB, MB, GB (powers of 1000). */
final class CountText {

    private CountText() {
    }

    /** {@code 1,234,567}; by hand, because a NumberFormat costs more to make than the view's whole update. */
    static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    static String bytes(long value) {
        return ByteSize.of(value);
    }

    /** {@code 12,345 lines · 1.2 MB out · 80 B err}; the stderr part only when there was some. */
    static String of(long lines, long stdoutBytes, long stderrBytes) {
        String text = number(lines) + (lines == 1 ? " line" : " lines") + " \u00b7 " + bytes(stdoutBytes) + " out";
        return stderrBytes == 0 ? text : text + " \u00b7 " + bytes(stderrBytes) + " err";
    }
}
