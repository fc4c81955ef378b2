package dev.incidentconsole.report;

/**
 * Untrusted text made safe to look at before any format-specific escaping. Control characters would be invisible
 * on screen and can drive a terminal that shows the raw file; bidirectional overrides can make a command read
 * differently from what ran ("Trojan Source"). Both are shown as visible stand-ins instead, so the report never
 * hides what the evidence holds. Line breaks and tabs stay; CRLF becomes LF.
 */
final class VisibleText {

    private VisibleText() {
    }

    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isPlain(text)) {
            return text;
        }
        String lines = text.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(lines.length() + 16);
        for (int i = 0; i < lines.length(); ) {
            int cp = lines.codePointAt(i);
            appendVisible(out, cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The common case, checked without copying: nothing to replace. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsStandIn(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void appendVisible(StringBuilder out, int cp) {
        if (cp == '\n' || cp == '\t') {
            out.append((char) cp);
        } else if (cp < 0x20) {
            out.append((char) (0x2400 + cp)); // Unicode "control pictures": ␀ ␁ ... ␛ ... ␍
        } else if (cp == 0x7F) {
            out.append('\u2421');
        } else if (needsStandIn(cp) || cp <= 0xFFFF && Character.isSurrogate((char) cp)) { // lone surrogate
            out.append(String.format(java.util.Locale.ROOT, "<U+%04X>", cp));
        } else {
            out.appendCodePoint(cp);
        }
    }

    private static boolean needsStandIn(int cp) {
        return cp < 0x20 && cp != '\n' && cp != '\t'
                || cp >= 0x7F && cp <= 0x9F           // DEL and C1 controls
                || cp == 0x061C                        // Arabic letter mark
                || cp == 0x200E || cp == 0x200F        // left-to-right / right-to-left marks
                || cp >= 0x202A && cp <= 0x202E        // embeddings and overrides
                || cp >= 0x2066 && cp <= 0x2069        // isolates
                || cp == 0x2028 || cp == 0x2029        // line and paragraph separators
                || cp == 0xFEFF;                       // zero-width no-break space (BOM)
    }
}
