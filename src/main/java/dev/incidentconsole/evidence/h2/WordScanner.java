package dev.incidentconsole.evidence.h2;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits bytes into search words, the same way for stored text, streamed output and queries. A word is a run of
 * ASCII letters, digits and '_' plus any byte of a multi-byte UTF-8 character (so "Müller" and "用户" stay
 * whole); it is decoded leniently, lower-cased, cut to 64 characters, and kept from two characters on. Working on
 * bytes gives exact byte positions for snippets and needs no decoder state across chunk boundaries: a word cut by
 * a boundary is carried over to the next chunk.
 */
final class WordScanner {

    static final int MAX_WORD_CHARS = 64;
    static final int MIN_WORD_CHARS = 2;
    private static final int MAX_CARRY = 4 * MAX_WORD_CHARS;

    /** Receives each word with the byte offset where it starts. */
    interface Sink {
        void word(String word, long position);
    }

    private final byte[] carry = new byte[MAX_CARRY];
    private int carryLength;
    private long carryStart = -1;

    /** Scans {@code length} bytes that sit at {@code baseOffset} in the field. */
    void feed(byte[] data, int offset, int length, long baseOffset, Sink sink) {
        for (int i = 0; i < length; i++) {
            byte b = data[offset + i];
            if (isWordByte(b)) {
                if (carryStart < 0) {
                    carryStart = baseOffset + i;
                }
                if (carryLength < MAX_CARRY) {
                    carry[carryLength++] = b;
                }
            } else if (carryStart >= 0) {
                emit(sink);
            }
        }
    }

    /** Emits the word the field ends with, if any. */
    void finish(Sink sink) {
        if (carryStart >= 0) {
            emit(sink);
        }
    }

    private void emit(Sink sink) {
        String word = normalize(new String(carry, 0, carryLength, StandardCharsets.UTF_8));
        if (word.length() >= MIN_WORD_CHARS) {
            sink.word(word, carryStart);
        }
        carryLength = 0;
        carryStart = -1;
    }

    private static boolean isWordByte(byte b) {
        return b < 0 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
    }

    private static String normalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() <= MAX_WORD_CHARS) {
            return lower;
        }
        int end = Character.isHighSurrogate(lower.charAt(MAX_WORD_CHARS - 1)) ? MAX_WORD_CHARS - 1 : MAX_WORD_CHARS;
        return lower.substring(0, end);
    }

    /** Scans a whole text (a command, a note). */
    static void scan(String text, Sink sink) {
        if (text == null) {
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        WordScanner scanner = new WordScanner();
        scanner.feed(bytes, 0, bytes.length, 0, sink);
        scanner.finish(sink);
    }

    /** The distinct words of a query, in order. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        scan(query, (word, position) -> {
            if (!words.contains(word)) {
                words.add(word);
            }
        });
        return words;
    }
}
