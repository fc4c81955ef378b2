package dev.incidentconsole.ui.evidence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one stream's bytes, in chunks cut anywhere, into lines of text. A UTF-8 character split across two
 * chunks is carried over and decoded whole; bytes that are not UTF-8 become U+FFFD. A line longer than
 * {@code maxChars} keeps its start and is marked cut: the rest is never held, so one endless line cannot fill
 * the heap. A carriage return that does not end the line starts it over, as on a terminal, so progress
 * counters show their last state. Not thread-safe: one decoder per stream, fed by one thread at a time.
 */
final class LineDecoder {

    /** A finished line; {@code cut} when characters past the limit were left out. */
    record Line(String text, boolean cut) {
    }

    private final int maxChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final StringBuilder current = new StringBuilder();
    private final byte[] carry = new byte[8];
    private int carried;
    private byte[] joined = new byte[0];
    private CharBuffer chars = CharBuffer.allocate(8192);
    private boolean cut;
    private boolean afterReturn;

    LineDecoder(int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("a line must be allowed at least 2 characters, was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Decodes a chunk and returns the lines it finished, in order. */
    List<Line> feed(byte[] data, int offset, int length) {
        List<Line> lines = new ArrayList<>(length / 48 + 4);
        int end = offset + length;
        int at = offset;
        if (carried > 0 || current.length() > 0 || cut) {
            // The line the last chunk left open ends the general way, at the first newline.
            int afterNewline = afterFirstNewline(data, at, end);
            decode(data, at, afterNewline, lines);
            at = afterNewline;
        }
        at = wholeLines(data, at, end, lines);
        decode(data, at, end, lines);
        return lines;
    }

    /** The general path: any state, any bytes, through the character decoder. */
    private void decode(byte[] data, int from, int to, List<Line> lines) {
        if (from == to) {
            return;
        }
        ByteBuffer in = input(data, from, to - from);
        chars.clear();
        if (chars.capacity() < in.remaining()) {
            chars = CharBuffer.allocate(in.remaining());
        }
        decoder.decode(in, chars, false);
        carried = in.remaining();
        in.get(carry, 0, carried);
        chars.flip();
        scan(lines);
    }

    private static int afterFirstNewline(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == '\n') {
                return i + 1;
            }
        }
        return to;
    }

    /**
     * The usual case, lines that start and end inside the chunk, decoded straight from the bytes into strings:
     * one copy per line instead of a character buffer and then a string. Newline and carriage-return bytes never
     * occur inside a multi-byte UTF-8 character, so splitting on them first is safe. Stops at the first line
     * that needs the general path (a lone carriage return, a line that may be over the limit, the chunk's
     * unfinished end) and returns where that line starts.
     */
    private int wholeLines(byte[] data, int from, int to, List<Line> lines) {
        int start = from;
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b != '\n' && b != '\r') {
                continue;
            }
            boolean crlf = b == '\r' && i + 1 < to && data[i + 1] == '\n';
            if (b == '\r' && !crlf || i - start > maxChars) {
                return start;
            }
            lines.add(new Line(new String(data, start, i - start, StandardCharsets.UTF_8), false));
            afterReturn = false;
            i += crlf ? 1 : 0;
            start = i + 1;
        }
        return start;
    }

    /** Ends the stream: bytes of an unfinished character become U+FFFD and an unfinished line becomes a line. */
    List<Line> finish() {
        List<Line> lines = new ArrayList<>();
        chars.clear();
        decoder.decode(ByteBuffer.wrap(carry, 0, carried), chars, true);
        decoder.flush(chars);
        decoder.reset();
        carried = 0;
        chars.flip();
        scan(lines);
        if (current.length() > 0 || cut) {
            lines.add(take());
        }
        afterReturn = false;
        return lines;
    }

    /** The line being written, or null when the last chunk ended a line. */
    Line unfinished() {
        return current.length() > 0 || cut ? new Line(current.toString(), cut) : null;
    }

    private ByteBuffer input(byte[] data, int offset, int length) {
        if (carried == 0) {
            return ByteBuffer.wrap(data, offset, length);
        }
        if (joined.length < carried + length) {
            joined = new byte[carried + length];
        }
        System.arraycopy(carry, 0, joined, 0, carried);
        System.arraycopy(data, offset, joined, carried, length);
        return ByteBuffer.wrap(joined, 0, carried + length);
    }

    private void scan(List<Line> lines) {
        char[] text = chars.array();
        int end = chars.limit();
        int start = 0;
        for (int i = 0; i < end; i++) {
            char c = text[i];
            if (c != '\n' && c != '\r') {
                continue;
            }
            if (c == '\n' && current.length() == 0 && !cut && i - start <= maxChars) {
                // The usual case, a whole line inside one chunk: one copy of its characters, not two.
                lines.add(new Line(new String(text, start, i - start), false));
                afterReturn = false;
                start = i + 1;
                continue;
            }
            append(text, start, i);
            start = i + 1;
            if (c == '\n') {
                afterReturn = false;
                lines.add(take());
            } else {
                afterReturn = true;
            }
        }
        append(text, start, end);
    }

    /** Appends up to the limit; a return seen before this text (and not followed by a newline) restarts the line. */
    private void append(char[] text, int from, int to) {
        if (from == to) {
            return;
        }
        if (afterReturn) {
            current.setLength(0);
            cut = false;
            afterReturn = false;
        }
        if (cut) {
            return;
        }
        int room = maxChars - current.length();
        int count = to - from;
        if (count > room) {
            cut = true;
            count = room;
            // Never keep half of a surrogate pair.
            if (count > 0 && Character.isHighSurrogate(text[from + count - 1])) {
                count--;
            }
        }
        current.append(text, from, count);
    }

    private Line take() {
        Line line = new Line(current.toString(), cut);
        current.setLength(0);
        cut = false;
        return line;
    }
}
