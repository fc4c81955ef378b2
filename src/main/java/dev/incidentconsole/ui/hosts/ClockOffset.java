package dev.incidentconsole.ui.hosts;

import java.time.Duration;
import java.util.Locale;

/**
 * A connected host's clock offset (remote minus local; null when the host could not report its time).
 * Evidence timestamps come from our clock while the host's logs use its own, so more than a couple of seconds
 * is flagged.
 */
public record ClockOffset(Duration offset) {

    static final Duration WARN_ABOVE = Duration.ofSeconds(2);

    /** {@code +1.2 s}, {@code -0.4 s}, {@code 0.0 s} (no sign when it rounds to nothing), or "not measured". */
    public String text() {
        return offset == null ? "not measured" : seconds(offset, true);
    }

    public boolean needsWarning() {
        return offset != null && offset.abs().compareTo(WARN_ABOVE) > 0;
    }

    /** What a large offset means for the evidence, for a tooltip. */
    public String warning() {
        if (offset == null) {
            return "The host did not report its time, so evidence timestamps cannot be related to its logs.";
        }
        String amount = seconds(offset.abs(), false);
        boolean ahead = !offset.isNegative();
        return "This host's clock is " + amount + (ahead ? " ahead of" : " behind") + " yours: its own logs read "
                + amount + (ahead ? " later" : " earlier") + " than the evidence timestamps for the same moment. "
                + "Allow for that when comparing them, and tell the host's owner (time sync may be broken).";
    }

    private static String seconds(Duration value, boolean signed) {
        long tenths = Math.round(value.toMillis() / 100.0);
        String sign = !signed || tenths == 0 ? "" : tenths > 0 ? "+" : "-";
        return String.format(Locale.ROOT, "%s%d.%d s", sign, Math.abs(tenths) / 10, Math.abs(tenths) % 10);
    }
}
