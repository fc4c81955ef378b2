package dev.incidentconsole.runbook;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A phase's window, from and to, measured from the moment the incident opens. */
public record TimeBox(Duration from, Duration to) {

    private static final String UNIT = "(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)";
    private static final Pattern IN_HEADING = Pattern.compile(
            "\\(\\s*(\\d{1,5})\\s*" + UNIT + "?\\s*[-\u2013\u2014]\\s*(\\d{1,5})\\s*" + UNIT + "\\s*\\)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A heading split into its title and time box, if the heading ends with one. */
    public record Heading(String title, TimeBox timeBox) {
    }

    public static Heading splitHeading(String heading) {
        Matcher m = IN_HEADING.matcher(heading);
        if (!m.find()) {
            return new Heading(heading.trim(), null);
        }
        String toUnit = m.group(4);
        String fromUnit = m.group(2) == null ? toUnit : m.group(2);
        Duration from = amount(Long.parseLong(m.group(1)), fromUnit);
        Duration to = amount(Long.parseLong(m.group(3)), toUnit);
        if (to.compareTo(from) < 0) {
            return new Heading(heading.trim(), null);
        }
        return new Heading(heading.substring(0, m.start()).trim(), new TimeBox(from, to));
    }

    public static Optional<TimeBox> parse(String text) {
        return Optional.ofNullable(splitHeading(text).timeBox());
    }

    private static Duration amount(long value, String unit) {
        switch (Character.toLowerCase(unit.charAt(0))) {
            case 's': return Duration.ofSeconds(value);
            case 'm': return Duration.ofMinutes(value);
            case 'h': return Duration.ofHours(value);
            default: return Duration.ofDays(value);
        }
    }

    public String label() {
        return DurationText.format(from) + "\u2013" + DurationText.format(to);
    }

    @Override
    public String toString() {
        return label().toLowerCase(Locale.ROOT);
    }
}
