package dev.incidentconsole.remote;

/**
 * The patterns of ssh_config {@code Host} lines: {@code *} for any run of characters, {@code ?} for exactly one,
 * case-sensitive as OpenSSH's {@code match_pattern} is.
 */
final class HostPattern {

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

    /** Greedy wildcard matching with backtracking to the last star: linear for the short names used here. */
    static boolean matches(String pattern, String text) {
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
