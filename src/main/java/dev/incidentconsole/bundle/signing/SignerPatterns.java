package dev.incidentconsole.bundle.signing;

/**
 * OpenSSH's pattern lists as allowed_signers uses them for principals and namespaces: comma-separated patterns
 * with {@code *} and {@code ?}, case-sensitive, where a matching {@code !pattern} vetoes the whole list.
 */
final class SignerPatterns {

    static final int MATCH = 1;
    static final int NO_MATCH = 0;
    static final int VETOED = -1;

    private SignerPatterns() {
    }

    static int matchList(String value, String patternList) {
        int result = NO_MATCH;
        for (String pattern : patternList.split(",", -1)) {
            boolean negated = pattern.startsWith("!");
            if (matches(value, negated ? pattern.substring(1) : pattern)) {
                if (negated) {
                    return VETOED;
                }
                result = MATCH;
            }
        }
        return result;
    }

    /** Glob match of the whole value; backtracks only to the most recent {@code *}, so it runs in linear-ish time. */
    static boolean matches(String value, String pattern) {
        int v = 0;
        int p = 0;
        int starAt = -1;
        int valueAtStar = 0;
        while (v < value.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == value.charAt(v))) {
                v++;
                p++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                starAt = p++;
                valueAtStar = v;
            } else if (starAt >= 0) {
                p = starAt + 1;
                v = ++valueAtStar;
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
