package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A line of text around a search match, for a results list. The index remembers where each word is first found
 * (field and byte offset), so an output match reads only the one row that holds it.
 */
final class Snippets {

    private static final int BEFORE = 60;
    private static final int AFTER = 100;
    private static final int PREVIEW = 160;

    String around(Connection connection, long entryId, EvidenceEntry entry, String field, long position)
            throws SQLException {
        switch (SearchIndex.Field.valueOf(field)) {
            case COMMAND:
                return window(bytes(entry.command()), position);
            case TEXT:
                return window(bytes(entry.text()), position);
            default:
                return aroundInOutput(connection, entryId, field, position);
        }
    }

    /** The start of an entry's command or text, when there was no word to look for. */
    String preview(EvidenceEntry entry) {
        String source = entry.command() != null ? entry.command() : entry.text() == null ? "" : entry.text();
        String flat = flatten(source);
        return flat.length() <= PREVIEW ? flat : flat.substring(0, PREVIEW) + "…";
    }

    private String aroundInOutput(Connection connection, long entryId, String stream, long position)
            throws SQLException {
        ChunkRows.Row row = ChunkRows.holding(connection, entryId, OutputStreamKind.valueOf(stream), position);
        return row == null ? "" : window(row.data(), position - row.start());
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String window(byte[] bytes, long position) {
        int at = (int) Math.max(0, Math.min(position, bytes.length));
        int from = Math.max(0, at - BEFORE);
        int to = Math.min(bytes.length, at + AFTER);
        // Decoding a window cut inside a character yields U+FFFD at its edges: drop those.
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8).replaceAll("^\uFFFD+|\uFFFD+$", "");
        return (from > 0 ? "…" : "") + flatten(text).strip() + (to < bytes.length ? "…" : "");
    }

    private static String flatten(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            flat.append(Character.isISOControl(c) ? ' ' : c);
        }
        return flat.toString();
    }
}
