package dev.incidentconsole.runbook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The declared types of runbook parameters, each with the validation a value must pass before it is sent. */
public enum ParameterType {
    HOSTNAME, PORT, IDENTIFIER, PATH, INTEGER, URL, TEXT;

    private static final Pattern DNS_NAME = Pattern.compile(
            "^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$");
    private static final Pattern IPV4 = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");
    private static final Pattern IDENT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}$");
    private static final Pattern INT = Pattern.compile("^-?\\d{1,18}$");

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ParameterType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ParameterType type : values()) {
            if (type.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Empty when the value is acceptable for this type, otherwise why it is not, in words. */
    public Optional<String> problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("is empty");
        }
        if (hasControlCharacters(value)) {
            return Optional.of("contains control characters or line breaks");
        }
        switch (this) {
            case HOSTNAME:
                return DNS_NAME.matcher(value).matches() || IPV4.matcher(value).matches() || isIpv6(value)
                        ? Optional.empty() : Optional.of("is not a host name or IP address");
            case PORT:
                return INT.matcher(value).matches() && inRange(value, 1, 65_535)
                        ? Optional.empty() : Optional.of("is not a port number from 1 to 65535");
            case IDENTIFIER:
                return IDENT.matcher(value).matches() ? Optional.empty()
                        : Optional.of("must be letters, digits and ._@:- (starting with a letter or digit, at most 128)");
            case PATH:
                return pathProblem(value);
            case INTEGER:
                return INT.matcher(value).matches() ? Optional.empty() : Optional.of("is not a whole number");
            case URL:
                return urlProblem(value);
            default:
                return value.length() <= 4096 ? Optional.empty() : Optional.of("is longer than 4096 characters");
        }
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static boolean inRange(String value, long min, long max) {
        long n = Long.parseLong(value);
        return n >= min && n <= max;
    }

    private static boolean isIpv6(String value) {
        return value.indexOf(':') >= 0 && IPV6.matcher(value).matches() && value.split(":", -1).length <= 9;
    }

    private static Optional<String> pathProblem(String value) {
        if (!value.startsWith("/")) {
            return Optional.of("is not an absolute path");
        }
        for (String segment : value.split("/")) {
            if (segment.equals("..")) {
                return Optional.of("contains a '..' segment");
            }
        }
        return value.length() <= 4096 ? Optional.empty() : Optional.of("is longer than 4096 characters");
    }

    private static Optional<String> urlProblem(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("is not an http or https URL");
            }
            return uri.getHost() == null ? Optional.of("has no host") : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL (" + e.getReason() + ")");
        }
    }
}
