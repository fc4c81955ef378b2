-- The exact runbook texts that steps ran from, keyed by the SHA-256 their entries name, so an exported bundle can
-- carry the very text that was followed. Rows are only ever added.
CREATE TABLE runbook_text (
    sha256 CHAR(64) PRIMARY KEY,
    location VARCHAR(4096) NOT NULL,
    content BLOB NOT NULL
);
