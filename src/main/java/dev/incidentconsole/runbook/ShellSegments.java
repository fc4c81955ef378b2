package dev.incidentconsole.runbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A rough lexical view of a shell script, good enough to classify it: comments dropped, quoted text blanked,
 * split into simple commands with wrappers such as {@code sudo -n} and {@code timeout 30} peeled off.
 * It is not a shell parser and never decides what runs; it only feeds warnings and defaults.
 */
final class ShellSegments {

    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "nice", "ionice", "nohup", "time", "command",
            "exec", "timeout", "xargs", "then", "do", "else", "elif", "if", "while", "until", "!", "stdbuf");

    /** One simple command: its command word (base name) and its arguments, quoted text blanked. */
    record Segment(String command, List<String> args) {
        boolean hasArg(String... candidates) {
            for (String arg : args) {
                for (String candidate : candidates) {
                    if (arg.equals(candidate)) return true;
                }
            }
            return false;
        }

        boolean hasArgStartingWith(String prefix) {
            return args.stream().anyMatch(a -> a.startsWith(prefix));
        }

        String firstArg() {
            return args.isEmpty() ? "" : args.get(0);
        }
    }

    private ShellSegments() {
    }

    /** The script with comment lines removed, continuations joined and quoted text replaced by blanks. */
    static String unquotedText(String script) {
        StringBuilder kept = new StringBuilder();
        for (String line : script.replace("\\\n", " ").split("\n")) {
            if (!line.strip().startsWith("#")) {
                kept.append(line).append('\n');
            }
        }
        StringBuilder out = new StringBuilder(kept.length());
        char quote = 0;
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (quote == 0) {
                if (c == '\\' && i + 1 < kept.length()) {
                    out.append(c).append(kept.charAt(++i));
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                }
                out.append(c);
            } else if (c == quote) {
                quote = 0;
                out.append(c);
            } else {
                if (quote == '"' && c == '\\' && i + 1 < kept.length()) {
                    i++;
                    out.append("  ");
                    continue;
                }
                out.append(c == '\n' ? '\n' : ' ');
            }
        }
        return out.toString();
    }

    static List<Segment> split(String script) {
        String text = unquotedText(script);
        List<Segment> segments = new ArrayList<>();
        for (String piece : text.split("\\|\\||&&|[;|&\\n`(){}]|\\$\\(")) {
            List<String> tokens = new ArrayList<>(Arrays.asList(piece.strip().split("\\s+")));
            tokens.removeIf(String::isEmpty);
            int at = skipWrappers(tokens);
            if (at < tokens.size()) {
                String word = tokens.get(at);
                String command = word.substring(word.lastIndexOf('/') + 1);
                segments.add(new Segment(command, List.copyOf(tokens.subList(at + 1, tokens.size()))));
            }
        }
        return segments;
    }

    private static int skipWrappers(List<String> tokens) {
        int at = 0;
        while (at < tokens.size()) {
            String token = tokens.get(at);
            if (token.matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                at++;
            } else if (WRAPPERS.contains(token)) {
                at++;
                // Options of the wrapper and, for timeout, its duration argument.
                while (at < tokens.size() && tokens.get(at).startsWith("-")) {
                    boolean takesValue = token.equals("sudo") && tokens.get(at).matches("-[ugCDhprT]");
                    at += takesValue ? 2 : 1;
                }
                if (token.equals("timeout") && at < tokens.size() && tokens.get(at).matches("\\d+[smhd]?")) {
                    at++;
                }
            } else {
                break;
            }
        }
        return at;
    }
}
