package dev.incidentconsole.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the canonical JSON that {@link EntryHashing} hashes: objects with keys in ascending UTF-16 order, no
 * whitespace, explicit nulls, integers in plain decimal, strings escaped as ECMAScript's JSON.stringify does
 * (RFC 8785), instants as fixed-width UTC strings with nine fractional digits. One instance builds one document.
 */
public final class CanonicalJson {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder(512);

    /** Writes {@code fields} as one object, sorting the keys; values may be String, Long, Integer, Instant, Enum, Map or null. */
    public CanonicalJson object(Map<String, ?> fields) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> field : new TreeMap<String, Object>(fields).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(field.getKey());
            out.append(':');
            value(field.getValue());
        }
        out.append('}');
        return this;
    }

    private void value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            string((String) value);
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Instant) {
            string(instant((Instant) value));
        } else if (value instanceof Enum) {
            string(((Enum<?>) value).name());
        } else if (value instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> map = (Map<String, ?>) value;
            object(map);
        } else {
            throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
        }
    }

    /** {@code 2026-11-21T03:01:00.000000000Z}: always nine fractional digits, years 0000 to 9999 only. */
    public static String instant(Instant at) {
        if (at.isBefore(Instant.parse("0000-01-01T00:00:00Z")) || !at.isBefore(Instant.parse("+10000-01-01T00:00:00Z"))) {
            throw new IllegalArgumentException("instant outside the years 0000-9999: " + at);
        }
        return INSTANT.format(at);
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    // A lone surrogate has no UTF-8 form; escaping it keeps two different strings from hashing alike.
    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
