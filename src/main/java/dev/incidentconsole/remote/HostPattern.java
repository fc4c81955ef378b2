package dev.incidentconsole.remote;

/**
 * OpenSSH's host patterns, as ssh_config {@code Host} lines and known_hosts host fields write them:
 * {@code *} for any run of characters, {@code ?} for exactly one. Matching is case-sensitive here, as OpenSSH's
 * {@code match_pattern} is; callers that ignore case lower both sides.
 */
public final class HostPattern {

    private HostPattern() {
    }

    static boolean isPattern(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.startsWith("!");
    }

    /**
     * True when {@code host} matches at least one plain pattern and no negated ({@code !}) one, so a line made
     * only of negations never matches, as in OpenSSH.
     */
    static boolean matchesAny(Iterable<String> patterns, String host) {
        boolean matched = false;
        for (String pattern : patterns) {
            if (pattern.startsWith("!")) {
                if (matches(pattern.substring(1), host)) {
                    return false;
                }
            } else if (matches(pattern, host)) {
                matched = true;
            }
        }
        return matched;
    }

    /**
     * Greedy wildcard matching that backtracks only to the last star, so a hostile pattern cannot make it
     * exponential.
     */
    public static boolean matches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int starAt = -1;
        int textAtStar = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                starAt = p++;
                textAtStar = t;
            } else if (starAt >= 0) {
                p = starAt + 1;
                t = ++textAtStar;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
