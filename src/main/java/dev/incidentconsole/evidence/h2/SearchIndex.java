package dev.incidentconsole.evidence.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the word index (word, entry, where it is first found). Runs on the writer thread only, inside the
 * transaction that stores the text, so the index never runs ahead of the evidence.
 */
final class SearchIndex {

    /** Where in an entry a word was found. */
    enum Field { COMMAND, TEXT, STDOUT, STDERR }

    /** The words of one piece of text, each with its first position. */
    static Map<String, Long> wordsOf(String text) {
        Map<String, Long> words = new LinkedHashMap<>();
        WordScanner.scan(text, words::putIfAbsent);
        return words;
    }

    /** Adds the words an entry does not have yet; a word already indexed keeps its first position. */
    void add(Connection connection, long entryId, Field field, Map<String, Long> words) throws SQLException {
        if (words.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO search_word t USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS BIGINT))) s (word, entry_id)"
                        + " ON t.word = s.word AND t.entry_id = s.entry_id"
                        + " WHEN NOT MATCHED THEN INSERT (word, entry_id, field, pos) VALUES (s.word, s.entry_id, ?, ?)")) {
            for (Map.Entry<String, Long> word : words.entrySet()) {
                merge.setString(1, word.getKey());
                merge.setLong(2, entryId);
                merge.setString(3, field.name());
                merge.setLong(4, word.getValue());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }
}
