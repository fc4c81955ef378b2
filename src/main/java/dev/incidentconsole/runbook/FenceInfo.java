package dev.incidentconsole.runbook;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The info string of a fenced block: its language and the options in braces,
 * {@code bash {kind=change timeout=60s expect="ok"}}. Bad options become findings, never exceptions.
 */
record FenceInfo(String language, CommandKind kind, Duration timeout, boolean background,
                 Set<Integer> expectExit, Pattern expect) {

    static final Set<String> SHELLS = Set.of("bash", "sh", "shell");
    static final List<String> OPTIONS = List.of("kind", "timeout", "background", "expect_exit", "expect");

    boolean runnable() {
        return SHELLS.contains(language);
    }

    /** Reports problems against {@code line}/{@code column}, the position of the opening fence. */
    static FenceInfo parse(String info, String location, int line, int column, List<Finding> findings) {
        String text = info == null ? "" : info.strip();
        int split = 0;
        while (split < text.length() && !Character.isWhitespace(text.charAt(split)) && text.charAt(split) != '{') {
            split++;
        }
        String language = text.substring(0, split).toLowerCase(Locale.ROOT);
        String rest = text.substring(split).strip();
        Map<String, String> options = new LinkedHashMap<>();
        if (!rest.isEmpty()) {
            if (!rest.startsWith("{") || !rest.endsWith("}")) {
                findings.add(Finding.error(location, line, column, "bad-fence-options",
                        "code block options must be written in braces after the language, like ```bash {timeout=30s}"));
            } else {
                readOptions(rest.substring(1, rest.length() - 1), options, location, line, column, findings);
            }
        }
        return build(language, options, location, line, column, findings);
    }

    private static void readOptions(String body, Map<String, String> options, String location, int line, int column,
                                    List<Finding> findings) {
        int i = 0;
        while (i < body.length()) {
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) i++;
            if (i >= body.length()) break;
            int keyStart = i;
            while (i < body.length() && body.charAt(i) != '=' && !Character.isWhitespace(body.charAt(i))) i++;
            String key = body.substring(keyStart, i);
            if (i >= body.length() || body.charAt(i) != '=') {
                findings.add(Finding.error(location, line, column, "bad-fence-options",
                        "code block option '" + key + "' needs a value, like " + key + "=..."));
                continue;
            }
            i++;
            StringBuilder value = new StringBuilder();
            if (i < body.length() && (body.charAt(i) == '"' || body.charAt(i) == '\'')) {
                char quote = body.charAt(i++);
                boolean closed = false;
                while (i < body.length()) {
                    char c = body.charAt(i++);
                    if (c == '\\' && i < body.length()) {
                        value.append(body.charAt(i++));
                    } else if (c == quote) {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    findings.add(Finding.error(location, line, column, "bad-fence-options",
                            "the value of code block option '" + key + "' has no closing quote"));
                }
            } else {
                while (i < body.length() && !Character.isWhitespace(body.charAt(i))) value.append(body.charAt(i++));
            }
            if (options.put(key, value.toString()) != null) {
                findings.add(Finding.error(location, line, column, "bad-fence-options",
                        "code block option '" + key + "' is given twice"));
            }
        }
    }

    private static FenceInfo build(String language, Map<String, String> options, String location, int line,
                                   int column, List<Finding> findings) {
        CommandKind kind = null;
        Duration timeout = null;
        boolean background = false;
        Set<Integer> expectExit = Set.of(0);
        Pattern expect = null;
        for (Map.Entry<String, String> option : options.entrySet()) {
            String value = option.getValue();
            String problem = null;
            switch (option.getKey()) {
                case "kind":
                    kind = CommandKind.parse(value).orElse(null);
                    if (kind == null) problem = "kind must be diagnostic or change, not '" + value + "'";
                    break;
                case "timeout":
                    timeout = DurationText.parse(value).filter(d -> !d.isZero()).orElse(null);
                    if (timeout == null) problem = "timeout '" + value + "' is not a duration like 30s, 5m or 1h";
                    break;
                case "background":
                    if (!value.equals("true") && !value.equals("false")) problem = "background must be true or false";
                    background = value.equals("true");
                    break;
                case "expect_exit":
                    expectExit = exitCodes(value);
                    if (expectExit == null) {
                        problem = "expect_exit must be exit codes from 0 to 255, comma separated, not '" + value + "'";
                        expectExit = Set.of(0);
                    }
                    break;
                case "expect":
                    try {
                        expect = Pattern.compile(value, Pattern.MULTILINE);
                    } catch (PatternSyntaxException e) {
                        problem = "expect is not a valid regular expression: " + e.getDescription();
                    }
                    break;
                default:
                    problem = "unknown code block option '" + option.getKey() + "' (known: " + String.join(", ", OPTIONS) + ")";
            }
            if (problem != null) {
                findings.add(Finding.error(location, line, column, "bad-fence-options", problem));
            }
        }
        return new FenceInfo(language, kind, timeout, background, expectExit, expect);
    }

    private static Set<Integer> exitCodes(String value) {
        Set<Integer> codes = new TreeSet<>();
        for (String part : value.split(",")) {
            String code = part.strip();
            if (!code.matches("\\d{1,3}") || Integer.parseInt(code) > 255) {
                return null;
            }
            codes.add(Integer.parseInt(code));
        }
        return codes;
    }
}
