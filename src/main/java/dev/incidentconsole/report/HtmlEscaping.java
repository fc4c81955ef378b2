package dev.incidentconsole.report;

/**
 * Text for HTML element content and quoted attribute values. The five characters that can open markup or close
 * an attribute are always replaced, so untrusted text can never become an element, an attribute or an entity.
 */
final class HtmlEscaping {

    private HtmlEscaping() {
    }

    static String escape(String text) {
        String visible = VisibleText.of(text);
        StringBuilder out = null;
        for (int i = 0; i < visible.length(); i++) {
            String replacement = replacement(visible.charAt(i));
            if (replacement != null && out == null) {
                out = new StringBuilder(visible.length() + 32).append(visible, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(visible.charAt(i));
                }
            }
        }
        return out == null ? visible : out.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&#39;";
            default: return null;
        }
    }
}
