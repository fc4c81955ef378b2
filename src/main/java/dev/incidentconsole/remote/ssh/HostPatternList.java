package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.HostPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The host field of a plain known_hosts line: comma-separated patterns, each a name or {@code [name]:port},
 * where {@code *} and {@code ?} are wildcards and a leading {@code !} negates. A name the line applies to
 * matches at least one plain pattern and no negated one. Matching ignores case, as OpenSSH does.
 */
final class HostPatternList implements KnownHostEntry.HostMatcher {

    private final List<String> positive = new ArrayList<>();
    private final List<String> negated = new ArrayList<>();

    /** Throws IllegalArgumentException when the field holds no usable pattern. */
    HostPatternList(String field) {
        for (String pattern : field.split(",")) {
            String lower = pattern.toLowerCase(Locale.ROOT);
            if (lower.startsWith("!") && lower.length() > 1) {
                negated.add(lower.substring(1));
            } else if (!lower.isEmpty() && !lower.equals("!")) {
                positive.add(lower);
            }
        }
        if (positive.isEmpty()) {
            throw new IllegalArgumentException("host field '" + field + "' has no host pattern that could match");
        }
    }

    @Override
    public boolean matches(String knownHostsName) {
        String name = knownHostsName.toLowerCase(Locale.ROOT);
        for (String pattern : negated) {
            if (HostPattern.matches(pattern, name)) {
                return false;
            }
        }
        for (String pattern : positive) {
            if (HostPattern.matches(pattern, name)) {
                return true;
            }
        }
        return false;
    }
}
