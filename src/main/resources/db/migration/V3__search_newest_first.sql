-- Search returns the newest matches first and stops at its limit: each word row carries its entry's started_at,
-- and this index lists a word's entries newest first, so the query reads only as many rows as it returns
-- (instead of collecting and sorting every entry that has a common word).
ALTER TABLE search_word ADD COLUMN started_at TIMESTAMP(9) WITH TIME ZONE;
UPDATE search_word w SET started_at = (SELECT e.started_at FROM entry e WHERE e.id = w.entry_id);
CREATE INDEX search_word_newest ON search_word (word DESC, started_at DESC, entry_id DESC);
