-- Entries whose words are not (all) in search_word yet. Sealing adds a row; the writer indexes these when it has
-- nothing else to do and deletes the row with the last words, so a crash only means indexing that entry again.
CREATE TABLE search_pending (
    entry_id BIGINT PRIMARY KEY
);
INSERT INTO search_pending (entry_id)
    SELECT id FROM entry WHERE seq IS NOT NULL AND id NOT IN (SELECT entry_id FROM search_word);
