package dev.incidentconsole.bundle.redact;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text one line at a time: bearer tokens, Authorization headers, well-known API key shapes
 * (OpenAI/Anthropic {@code sk-}, GitHub {@code ghp_}/{@code github_pat_}, AWS access key ids, Slack, GitLab,
 * Google), values of secret-looking assignments and query parameters ({@code password=}, {@code token=},
 * {@code DB_PASSWORD=}, {@code "api_key": "..."}), passwords in URLs ({@code scheme://user:pass@}) and the body
 * of PEM private key blocks. One instance follows one text from start to end, because a private key block spans
 * lines. Masking is idempotent: masked text has nothing left to mask.
 *
 * <p>Patterns catch what secrets usually look like; an arbitrary secret in free prose cannot be recognised.
 */
public final class SecretMasker {

    public static final String MASK = "[REDACTED]";

    /** The end of a name whose value is a secret: {@code password}, {@code DB_PASSWORD}, {@code x-api-key}... */
    private static final String SECRET_NAME =
            "(?:password|passwd|passphrase|secret|token|credentials?|(?:api|access|private)[_\\-]?key)";

    private static final Pattern PEM_BEGIN = Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----");
    private static final Pattern PEM_END = Pattern.compile("-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----");

    /**
     * Each pattern's group 1 is kept and the rest of the match masked; group 3, when present, is kept after it.
     * Repetitions before a keyword are bounded and anchored so that a long run of word characters (base64, hex)
     * costs linear time, not quadratic.
     */
    private static final List<Pattern> RULES = List.of(
            Pattern.compile("(?i)(\\b(?:proxy-)?authorization[\"']?\\s*[:=]\\s*[\"']?)[^\\r\\n\"']+"),
            Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9\\-._~+/]{8,}=*"),
            Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.\\-]{0,30}://[^\\s:/@\"']+:)([^\\s@/\"']+)(@)"),
            Pattern.compile("(?i)((?<![A-Za-z0-9_\\-])[A-Za-z0-9_\\-]{0,64}?" + SECRET_NAME
                    + "[\"']?\\s*[=:]\\s*[\"']?)[^\\s&\"',;]+"),
            Pattern.compile("()\\bsk-[A-Za-z0-9_\\-]{16,}"),
            Pattern.compile("()\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}"),
            Pattern.compile("()\\bgithub_pat_[A-Za-z0-9_]{20,}"),
            Pattern.compile("()\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\\b"),
            Pattern.compile("()\\bxox[abposr]-[A-Za-z0-9\\-]{10,}"),
            Pattern.compile("()\\bglpat-[A-Za-z0-9\\-_]{20,}"),
            Pattern.compile("()\\bAIza[0-9A-Za-z\\-_]{35}"));

    private boolean insidePrivateKey;

    /** Masks one line (without its line break). */
    public String maskLine(String line) {
        String rest = line;
        StringBuilder out = new StringBuilder(line.length());
        while (true) {
            if (insidePrivateKey) {
                Matcher end = PEM_END.matcher(rest);
                if (!end.find()) {
                    // The key body: every character but the line break goes.
                    out.append(rest.isEmpty() ? "" : MASK);
                    return out.toString();
                }
                out.append(end.start() > 0 ? MASK : "").append(end.group());
                rest = rest.substring(end.end());
                insidePrivateKey = false;
            }
            Matcher begin = PEM_BEGIN.matcher(rest);
            if (!begin.find()) {
                return out.append(maskRules(rest)).toString();
            }
            out.append(maskRules(rest.substring(0, begin.start()))).append(begin.group());
            rest = rest.substring(begin.end());
            insidePrivateKey = true;
        }
    }

    /** Masks a whole text (a command, a note), keeping its line breaks. */
    public static String maskText(String text) {
        if (text == null) {
            return null;
        }
        SecretMasker masker = new SecretMasker();
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                out.append(masker.maskLine(text.substring(start)));
                break;
            }
            out.append(masker.maskLine(text.substring(start, end))).append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    private static String maskRules(String text) {
        String masked = text;
        for (Pattern rule : RULES) {
            Matcher matcher = rule.matcher(masked);
            if (!matcher.find()) {
                continue;
            }
            StringBuilder out = new StringBuilder(masked.length());
            do {
                String tail = matcher.groupCount() >= 3 && matcher.group(3) != null ? matcher.group(3) : "";
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + MASK + tail));
            } while (matcher.find());
            matcher.appendTail(out);
            masked = out.toString();
        }
        return masked;
    }
}
