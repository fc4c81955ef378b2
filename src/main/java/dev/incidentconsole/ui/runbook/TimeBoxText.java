package dev.incidentconsole.ui.runbook;

import dev.incidentconsole.runbook.DurationText;
import dev.incidentconsole.runbook.TimeBox;
import java.time.Duration;

/** A phase's time box as the checklist shows it: {@code 0m–5m}, {@code 5m–15m}, {@code 1h–4h}. */
public final class TimeBoxText {

    private TimeBoxText() {
    }

    public static String format(TimeBox box) {
        String to = DurationText.format(box.to());
        String from = box.from().isZero() ? "0" + to.charAt(to.length() - 1) : DurationText.format(box.from());
        return from + "\u2013" + to;
    }

    public static String duration(Duration duration) {
        return DurationText.format(duration);
    }
}
