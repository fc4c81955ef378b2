package dev.incidentconsole.bundle.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds query words in text and output bytes by the rules the evidence store's index follows, so that a bundle
 * answers a search as the console's own store would: a word is a run of ASCII letters, digits, '_' and bytes of
 * multi-byte UTF-8 characters, compared lower-cased, cut to 64 characters, and counted from two characters on.
 * Positions are byte offsets, for snippets.
 */
final class SearchWords {

    static final int MAX_CHARS = 64;
    private static final int MIN_CHARS = 2;
    /** A word longer than this many bytes is already past {@link #MAX_CHARS}; the rest is not kept. */
    private static final int KEPT_BYTES = 4 * MAX_CHARS;

    private final Set<String> wanted;
    private final Map<String, Long> firstAt = new HashMap<>();
    private final byte[] word = new byte[KEPT_BYTES];
    private int wordLength;
    private long wordStart = -1;

    /** Looks for {@code wanted}, which must be words as {@link #of} gives them. */
    SearchWords(Set<String> wanted) {
        this.wanted = wanted;
    }

    /** The distinct searchable words of a query, in the order typed. */
    static List<String> of(String query) {
        List<String> words = new ArrayList<>();
        if (query == null) {
            return words;
        }
        SearchWords all = new SearchWords(null);
        byte[] bytes = query.getBytes(StandardCharsets.UTF_8);
        all.feed(bytes, 0, bytes.length, 0, words);
        all.end(words);
        return words;
    }

    /** Scans {@code length} bytes that begin at {@code position} of the field. */
    void feed(byte[] data, int offset, int length, long position) {
        feed(data, offset, length, position, null);
    }

    /** The field ended: a word running up to its end counts too. */
    void end() {
        end(null);
    }

    /** Where each wanted word first began, among those seen so far. */
    Map<String, Long> found() {
        return firstAt;
    }

    boolean foundAll() {
        return firstAt.size() == wanted.size();
    }

    private void feed(byte[] data, int offset, int length, long position, List<String> collect) {
        for (int i = 0; i < length; i++) {
            byte b = data[offset + i];
            boolean inWord = b < 0 || b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z')
                    || (b >= 'A' && b <= 'Z');
            if (inWord) {
                if (wordStart < 0) {
                    wordStart = position + i;
                }
                if (wordLength < KEPT_BYTES) {
                    word[wordLength++] = b;
                }
            } else if (wordStart >= 0) {
                end(collect);
            }
        }
    }

    private void end(List<String> collect) {
        if (wordStart < 0) {
            return;
        }
        String text = normalized(new String(word, 0, wordLength, StandardCharsets.UTF_8));
        if (text.length() >= MIN_CHARS) {
            if (collect != null) {
                if (!collect.contains(text)) {
                    collect.add(text);
                }
            } else if (wanted.contains(text)) {
                firstAt.putIfAbsent(text, wordStart);
            }
        }
        wordLength = 0;
        wordStart = -1;
    }

    private static String normalized(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() <= MAX_CHARS) {
            return lower;
        }
        return lower.substring(0, Character.isHighSurrogate(lower.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS);
    }
}
