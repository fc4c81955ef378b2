package dev.incidentconsole.ui.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a search snippet into plain and matching pieces. Words are read the way the store indexes them: runs of
 * ASCII letters, digits, '_' and any non-ASCII character, two characters or more, compared without case.
 */
final class SearchHighlight {

    record Piece(String text, boolean match) {
    }

    private SearchHighlight() {
    }

    static Set<String> words(String query) {
        Set<String> words = new LinkedHashSet<>();
        if (query == null) {
            return words;
        }
        int start = -1;
        for (int i = 0; i <= query.length(); i++) {
            boolean wordChar = i < query.length() && isWordChar(query.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                if (i - start >= 2) {
                    words.add(query.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
        return words;
    }

    static List<Piece> pieces(String snippet, Set<String> words) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < snippet.length()) {
            if (!isWordChar(snippet.charAt(i))) {
                plain.append(snippet.charAt(i++));
                continue;
            }
            int end = i;
            while (end < snippet.length() && isWordChar(snippet.charAt(end))) {
                end++;
            }
            String word = snippet.substring(i, end);
            if (words.contains(word.toLowerCase(Locale.ROOT))) {
                if (plain.length() > 0) {
                    pieces.add(new Piece(plain.toString(), false));
                    plain.setLength(0);
                }
                pieces.add(new Piece(word, true));
            } else {
                plain.append(word);
            }
            i = end;
        }
        if (plain.length() > 0) {
            pieces.add(new Piece(plain.toString(), false));
        }
        return pieces;
    }

    private static boolean isWordChar(char c) {
        return c > 0x7F || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
