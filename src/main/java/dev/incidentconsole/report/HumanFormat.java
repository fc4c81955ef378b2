package dev.incidentconsole.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Times, durations and sizes as a reader expects them, the same on every machine: always UTC, always
 * {@link Locale#ROOT}, so two runs over the same evidence give byte-identical reports.
 */
final class HumanFormat {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MACHINE_TIME = DateTimeFormatter.ISO_INSTANT;

    private HumanFormat() {
    }

    /** {@code 2026-03-01 12:00:05.123 UTC}, or a dash when unknown. */
    static String time(Instant at) {
        return at == null ? "\u2014" : UTC_TIME.format(at) + " UTC";
    }

    /** For {@code <time datetime=...>}: ISO-8601 to the millisecond. */
    static String machineTime(Instant at) {
        return MACHINE_TIME.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    static String durationNanos(Long nanos) {
        return nanos == null ? "\u2014" : duration(Duration.ofNanos(nanos));
    }

    /** {@code 850 ms}, {@code 12.345 s}, {@code 4 min 05 s}, {@code 2 h 03 min}, {@code 1 d 4 h 10 min}. */
    static String duration(Duration duration) {
        if (duration.isNegative()) {
            return "-" + duration(duration.negated());
        }
        long millis = duration.toMillis();
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%d.%03d s", millis / 1_000, millis % 1_000);
        }
        long seconds = duration.getSeconds();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long secs = seconds % 60;
        if (days > 0) {
            return String.format(Locale.ROOT, "%d d %d h %02d min", days, hours, minutes);
        }
        if (hours > 0) {
            return String.format(Locale.ROOT, "%d h %02d min %02d s", hours, minutes, secs);
        }
        return String.format(Locale.ROOT, "%d min %02d s", minutes, secs);
    }

    /** {@code 1,048,576 bytes}. */
    static String bytes(long length) {
        return String.format(Locale.ROOT, "%,d %s", length, length == 1 ? "byte" : "bytes");
    }

    /** A clock offset with its sign: {@code +120 ms}, {@code -3.200 s}, {@code 0 ms}. */
    static String offset(long millis) {
        String magnitude = duration(Duration.ofMillis(Math.abs(millis)));
        return millis > 0 ? "+" + magnitude : millis < 0 ? "-" + magnitude : magnitude;
    }

    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
