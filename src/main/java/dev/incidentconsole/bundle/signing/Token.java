package dev.incidentconsole.bundle.signing;

import java.util.ArrayList;
import java.util.List;

/** The quoting rules of OpenSSH's key-file lines (misc.c strdelim, authfile option scanning), for allowed_signers. */
record Token(String text, int end) {

    /**
     * The whitespace-delimited token at {@code start}. A double quote opens a section that runs to the next quote
     * (spaces included) and ends the token. Null when that quote is never closed.
     */
    static Token read(String line, int start) {
        StringBuilder text = new StringBuilder();
        int i = start;
        while (i < line.length() && !isBlank(line.charAt(i))) {
            char c = line.charAt(i);
            if (c == '"') {
                int close = line.indexOf('"', i + 1);
                if (close < 0) {
                    return null;
                }
                text.append(line, i + 1, close);
                return new Token(text.toString(), close + 1);
            }
            text.append(c);
            i++;
        }
        return new Token(text.toString(), i);
    }

    /** Where an option list ends: the first blank outside quotes. Negative when a quote is left open. */
    static int endOfOptions(String text) {
        boolean quoted = false;
        int i = 0;
        for (; i < text.length() && (quoted || !isBlank(text.charAt(i))); i++) {
            if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                i++;
            } else if (text.charAt(i) == '"') {
                quoted = !quoted;
            }
        }
        return quoted ? -1 : i;
    }

    /** Splits an option list at the commas outside quotes. */
    static List<String> splitOptions(String options) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < options.length(); i++) {
            char c = options.charAt(i);
            if (c == '\\' && i + 1 < options.length() && options.charAt(i + 1) == '"') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                parts.add(options.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(options.substring(from));
        return parts;
    }

    /** The value inside {@code "..."} with {@code \"} unescaped; null unless the whole text is one quoted value. */
    static String dequote(String quoted) {
        if (!quoted.startsWith("\"")) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '"') {
                return i == quoted.length() - 1 ? value.toString() : null;
            }
            if (c == '\\' && i + 1 < quoted.length() && quoted.charAt(i + 1) == '"') {
                c = '"';
                i++;
            }
            value.append(c);
        }
        return null;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
