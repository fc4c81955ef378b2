package dev.incidentconsole.remote;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one ssh_config line into its keyword and arguments as OpenSSH does: {@code Key Value} or
 * {@code Key=Value}, arguments separated by blanks, double or single quotes grouping, a backslash escaping a
 * quote, a backslash or (outside quotes) a blank, and an unquoted {@code #} at the start of an argument
 * ending the line.
 */
final class ConfigLineSplitter {

    /** A line that cannot be split, such as one with an unterminated quote. */
    static final class MalformedLine extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedLine(String message) {
            super(message);
        }
    }

    private ConfigLineSplitter() {
    }

    /** The keyword followed by the arguments; empty for a blank line or a comment. */
    static List<String> split(String line) throws MalformedLine {
        List<String> words = new ArrayList<>();
        int i = skipBlanks(line, 0);
        if (i == line.length() || line.charAt(i) == '#') {
            return words;
        }
        int start = i;
        while (i < line.length() && !isBlank(line.charAt(i)) && line.charAt(i) != '=') {
            i++;
        }
        if (i == start) {
            throw new MalformedLine("line starts with '=' instead of a keyword");
        }
        words.add(line.substring(start, i));
        i = skipBlanks(line, i);
        if (i < line.length() && line.charAt(i) == '=') {
            i = skipBlanks(line, i + 1);
        }
        readArguments(line, i, words);
        return words;
    }

    private static void readArguments(String line, int from, List<String> into) throws MalformedLine {
        int i = from;
        while (true) {
            i = skipBlanks(line, i);
            if (i >= line.length() || line.charAt(i) == '#') {
                return;
            }
            StringBuilder arg = new StringBuilder();
            char quote = 0;
            for (; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote == 0 && isBlank(c)) {
                    break;
                }
                char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
                if (c == '\\' && (next == '"' || next == '\'' || next == '\\' || quote == 0 && next == ' ')) {
                    arg.append(next);
                    i++;
                } else if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else {
                    arg.append(c);
                }
            }
            if (quote != 0) {
                throw new MalformedLine("unterminated " + (quote == '"' ? "double" : "single") + " quote");
            }
            into.add(arg.toString());
        }
    }

    private static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && isBlank(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
