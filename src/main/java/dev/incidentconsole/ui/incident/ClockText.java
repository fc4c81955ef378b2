package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.PhaseClock;
import dev.incidentconsole.runbook.DurationText;
import java.time.Duration;
import java.time.Instant;

/** Clock readings as a responder scans them: {@code 12:31 left}, {@code OVERDUE 3:05}, {@code 1:04:10 elapsed}. */
final class ClockText {

    private ClockText() {
    }

    /** {@code m:ss} below an hour, {@code h:mm:ss} above; the sign is dropped. */
    static String of(Duration duration) {
        long seconds = Math.abs(duration.getSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%d:%02d", minutes, rest);
    }

    static String phase(PhaseClock clock, Instant now) {
        switch (clock.status()) {
            case ACTIVE: return of(Duration.between(now, clock.dueAt())) + " left";
            case OVERDUE: return "OVERDUE " + of(Duration.between(clock.dueAt(), now));
            case UPCOMING: return "opens in " + of(Duration.between(now, clock.opensAt()));
            case DONE: return "done";
            default: return "";
        }
    }

    /** The runbook's response time against the time since the incident opened. */
    static String response(Duration limit, Duration elapsed) {
        if (limit == null) {
            return of(elapsed) + " elapsed";
        }
        if (elapsed.compareTo(limit) > 0) {
            return "Response time " + DurationText.format(limit) + " exceeded by " + of(elapsed.minus(limit));
        }
        return "Respond within " + DurationText.format(limit) + " \u00b7 " + of(elapsed) + " elapsed";
    }
}
