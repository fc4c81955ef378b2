package dev.incidentconsole.runbook;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value the responder supplies when an incident opens. Values never become shell text: they are validated
 * here and reach the remote shell as environment assignments.
 */
public record Parameter(String name, ParameterType type, String defaultValue, boolean required,
                        String description, Pattern pattern, Long min, Long max, int line) {

    public static final Pattern NAME = Pattern.compile("^[A-Z][A-Z0-9_]{0,63}$");

    /** Empty when the value may be used, otherwise a sentence naming the parameter and the problem. */
    public Optional<String> problemWith(String value) {
        Optional<String> typeProblem = type.problemWith(value);
        if (typeProblem.isPresent()) {
            return Optional.of(name + " " + typeProblem.get());
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            return Optional.of(name + " does not match " + pattern.pattern());
        }
        if (type == ParameterType.INTEGER) {
            long n = Long.parseLong(value);
            if (min != null && n < min) return Optional.of(name + " is below the minimum " + min);
            if (max != null && n > max) return Optional.of(name + " is above the maximum " + max);
        }
        return Optional.empty();
    }

    public Optional<String> defaultIfAny() {
        return Optional.ofNullable(defaultValue);
    }
}
