package dev.incidentconsole.runbook;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as runbooks write them: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 7d}, or {@code < 5 minutes}. */
public final class DurationText {

    private static final Pattern COMPACT = Pattern.compile("(\\d{1,6})([smhd])");
    private static final Pattern WORDS = Pattern.compile(
            "^[<\u2264~]?\\s*(\\d{1,6})\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)$");

    private DurationText() {
    }

    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        Matcher words = WORDS.matcher(s);
        if (words.matches()) {
            return Optional.of(unit(Long.parseLong(words.group(1)), words.group(2).charAt(0)));
        }
        if (s.startsWith("<")) {
            s = s.substring(1).trim();
        }
        Matcher m = COMPACT.matcher(s);
        Duration total = Duration.ZERO;
        int at = 0;
        while (m.find() && m.start() == at) {
            total = total.plus(unit(Long.parseLong(m.group(1)), m.group(2).charAt(0)));
            at = m.end();
        }
        if (at == 0 || at != s.length()) {
            return Optional.empty();
        }
        return Optional.of(total);
    }

    private static Duration unit(long value, char unit) {
        switch (unit) {
            case 's': return Duration.ofSeconds(value);
            case 'm': return Duration.ofMinutes(value);
            case 'h': return Duration.ofHours(value);
            default: return Duration.ofDays(value);
        }
    }

    /** The shortest compact form: {@code 90s}, {@code 2m}, {@code 1h30m}, {@code 7d}. */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long secs = seconds % 60;
        if (days > 0) out.append(days).append('d');
        if (hours > 0) out.append(hours).append('h');
        if (minutes > 0) out.append(minutes).append('m');
        if (secs > 0) out.append(secs).append('s');
        return out.toString();
    }
}
