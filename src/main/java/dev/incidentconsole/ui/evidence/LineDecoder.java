package dev.incidentconsole.ui.evidence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns one stream's bytes, in chunks cut anywhere, into lines of text. A UTF-8 character split across two
 * chunks is carried over and decoded whole; bytes that are not UTF-8 become U+FFFD. A line longer than
 * {@code maxChars} keeps its start and is marked cut: the rest is never held, so one endless line cannot fill
 * the heap. A carriage return that does not end the line starts it over, as on a terminal, so progress
 * counters show their last state. Not thread-safe: one decoder per stream, fed by one thread at a time.
 */
final class LineDecoder {

    private final int maxChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final StringBuilder current = new StringBuilder();
    private final List<DecodedLine> finished = new ArrayList<>();
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

    /**
     * Decodes a chunk and returns the lines it finished, in order, in a list that the next call reuses (a flood
     * makes a call per chunk, tens of thousands a second).
     */
    List<DecodedLine> feed(byte[] data, int offset, int length) {
        List<DecodedLine> lines = finished;
        lines.clear();
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
    private void decode(byte[] data, int from, int to, List<DecodedLine> lines) {
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
     * The usual case, lines that start and end inside the chunk, kept as bytes (see {@link DecodedLine}): the run
     * of whole lines is copied once, since the caller reuses its buffer, and each line points into the copy, so
     * what a kept line holds on to is never more than the lines of its run. Newline and carriage-return bytes
     * never occur inside a multi-byte UTF-8 character, so splitting on them first is safe. Stops at the first line
     * that needs the general path (a lone carriage return, a line that may be over the limit, the chunk's
     * unfinished end) and returns where that line starts.
     */
    private int wholeLines(byte[] data, int from, int to, List<DecodedLine> lines) {
        int end = endOfWholeLines(data, from, to);
        if (end == from) {
            return from;
        }
        byte[] run = Arrays.copyOfRange(data, from, end);
        int start = 0;
        for (int i = 0; i < run.length; i++) {
            byte b = run[i];
            if (b != '\n' && b != '\r') {
                continue;
            }
            lines.add(DecodedLine.ofUtf8(run, start, i - start));
            i += b == '\r' ? 1 : 0; // a return here is always followed by its newline
            start = i + 1;
        }
        afterReturn = false;
        return end;
    }

    /** Where the run of lines the fast path can take ends: after the last newline before any line it cannot. */
    private int endOfWholeLines(byte[] data, int from, int to) {
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
            i += crlf ? 1 : 0;
            start = i + 1;
        }
        return start;
    }

    /** Ends the stream: bytes of an unfinished character become U+FFFD and an unfinished line becomes a line. */
    List<DecodedLine> finish() {
        List<DecodedLine> lines = new ArrayList<>();
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
    DecodedLine unfinished() {
        return current.length() > 0 || cut ? new DecodedLine(current.toString(), cut) : null;
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

    private void scan(List<DecodedLine> lines) {
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
                lines.add(new DecodedLine(new String(text, start, i - start), false));
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

    private DecodedLine take() {
        DecodedLine line = new DecodedLine(current.toString(), cut);
        current.setLength(0);
        cut = false;
        return line;
    }
}
