package dev.incidentconsole.ui.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A finished line of output; {@code cut} when characters past the limit were left out. A line read straight from
 * the bytes keeps them and becomes a string only when someone reads its text: a flood brings far more lines than a
 * view keeps, and most are dropped unread, so they cost one small object each rather than three (no string and
 * no array of their own), which is garbage the collector no longer copies while the window waits.
 */
final class DecodedLine {

    private final byte[] utf8;
    private final int offset;
    private final int length;
    private final boolean cut;
    /** Set once decoded; a race decodes twice and keeps either equal string, which is harmless. */
    private String text;

    DecodedLine(String text, boolean cut) {
        this.text = Objects.requireNonNull(text, "text");
        this.cut = cut;
        this.utf8 = null;
        this.offset = 0;
        this.length = 0;
    }

    private DecodedLine(byte[] utf8, int offset, int length) {
        this.utf8 = utf8;
        this.offset = offset;
        this.length = length;
        this.cut = false;
    }

    /** A whole line whose UTF-8 bytes are {@code length} bytes of {@code shared} from {@code offset}; never changed later. */
    static DecodedLine ofUtf8(byte[] shared, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, shared.length);
        return new DecodedLine(shared, offset, length);
    }

    String text() {
        String decoded = text;
        if (decoded == null) {
            decoded = new String(utf8, offset, length, StandardCharsets.UTF_8);
            text = decoded;
        }
        return decoded;
    }

    boolean cut() {
        return cut;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DecodedLine line && line.cut == cut && line.text().equals(text());
    }

    @Override
    public int hashCode() {
        return text().hashCode() * 31 + Boolean.hashCode(cut);
    }

    @Override
    public String toString() {
        return "DecodedLine[text=" + text() + ", cut=" + cut + "]";
    }
}
