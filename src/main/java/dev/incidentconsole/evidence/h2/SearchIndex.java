package dev.incidentconsole.evidence.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes rows of the word index (word, entry, where it is first found). Writer thread only. */
final class SearchIndex {

    /** Where in an entry a word was found. */
    enum Field { COMMAND, TEXT, STDOUT, STDERR }

    /** The words of one piece of text, each with its first position. */
    static Map<String, Long> wordsOf(String text) {
        Map<String, Long> words = new LinkedHashMap<>();
        WordScanner.scan(text, words::putIfAbsent);
        return words;
    }

    /** Inserts words the entry is known not to have yet, in one batch. */
    void insertNew(Connection connection, long entryId, Object startedAt, Field field, Map<String, Long> words)
            throws SQLException {
        if (words.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_word (word, entry_id, field, pos, started_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Long> word : words.entrySet()) {
                insert.setString(1, word.getKey());
                insert.setLong(2, entryId);
                insert.setString(3, field.name());
                insert.setLong(4, word.getValue());
                insert.setObject(5, startedAt); // the entry's sort key, so a search reads a word's rows newest first
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
