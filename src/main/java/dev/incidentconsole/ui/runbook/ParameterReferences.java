package dev.incidentconsole.ui.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a shell script into plain text and {@code ${NAME}} references to declared parameters. */
final class ParameterReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{#?([A-Z][A-Z0-9_]*)(?:[:#%/^,@?+=-][^}\\n]*)?\\}");

    /** A piece of a script; {@code parameter} is the referenced parameter's name, or null for plain text. */
    record Piece(String text, String parameter) {
        boolean isReference() {
            return parameter != null;
        }
    }

    private ParameterReferences() {
    }

    static List<Piece> split(String script, Set<String> declared) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = REFERENCE.matcher(script);
        int at = 0;
        while (m.find()) {
            if (!declared.contains(m.group(1))) {
                continue;
            }
            if (m.start() > at) {
                pieces.add(new Piece(script.substring(at, m.start()), null));
            }
            pieces.add(new Piece(m.group(), m.group(1)));
            at = m.end();
        }
        if (at < script.length()) {
            pieces.add(new Piece(script.substring(at), null));
        }
        return pieces;
    }
}
