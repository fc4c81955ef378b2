package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Links entries into their incident's chain: the next seq after the incident's head, the head's hash as
 * previousHash, the entry hash over the canonical form, and the new head, all in the caller's transaction.
 * Only the writer thread seals, so seq follows sealing order without gaps.
 */
final class EntrySealer {

    private final EntryRows rows;
    private final IncidentRows incidents;

    EntrySealer(EntryRows rows, IncidentRows incidents) {
        this.rows = rows;
        this.incidents = incidents;
    }

    /** Inserts an open entry (no seq, no hashes) and returns its row id. */
    long insertOpen(Connection connection, EvidenceEntry unsealed) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entry (" + EntryRows.COLUMNS + ") VALUES (" + placeholders() + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            rows.bind(insert, 1, unsealed, true);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Seals {@code unsealed} (seq, previousHash and entryHash are ignored) as a new row; returns it with its row id. */
    Sealed insertSealed(Connection connection, EvidenceEntry unsealed) throws SQLException {
        EvidenceEntry entry = link(connection, unsealed);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entry (" + EntryRows.COLUMNS + ") VALUES (" + placeholders() + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            rows.bind(insert, 1, entry, false);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long entryId = keys.getLong(1);
                queueForSearch(connection, entryId);
                return new Sealed(entryId, entry);
            }
        }
    }

    /** Seals the open row {@code entryId} with the final fields of {@code unsealed}. */
    EvidenceEntry sealOpen(Connection connection, long entryId, EvidenceEntry unsealed) throws SQLException {
        EvidenceEntry entry = link(connection, unsealed);
        StringBuilder sql = new StringBuilder("UPDATE entry SET ");
        String[] columns = EntryRows.COLUMNS.split(",\\s*");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(columns[i]).append(" = ?");
        }
        sql.append(" WHERE id = ? AND seq IS NULL");
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            rows.bind(update, 1, entry, false);
            update.setLong(EntryRows.COLUMN_COUNT + 1, entryId);
            if (update.executeUpdate() != 1) {
                throw new EvidenceStoreException("Entry " + entryId + " of " + entry.incidentId()
                        + " is no longer open; a sealed entry is never changed");
            }
        }
        queueForSearch(connection, entryId);
        return entry;
    }

    /** The writer indexes the entry's words when it is idle ({@link SearchIndexer}). */
    private static void queueForSearch(Connection connection, long entryId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_pending (entry_id) VALUES (?)")) {
            insert.setLong(1, entryId);
            insert.executeUpdate();
        }
    }

    private EvidenceEntry link(Connection connection, EvidenceEntry unsealed) throws SQLException {
        IncidentRows.Head head = incidents.head(connection, unsealed.incidentId());
        EvidenceEntry linked = chained(unsealed, head.seq() + 1, head.hash(), null);
        String hash = EntryHashing.entryHash(linked);
        incidents.advanceHead(connection, unsealed.incidentId(), new IncidentRows.Head(linked.seq(), hash));
        return chained(linked, linked.seq(), linked.previousHash(), hash);
    }

    static EvidenceEntry chained(EvidenceEntry e, long seq, String previousHash, String entryHash) {
        return new EvidenceEntry(e.incidentId(), seq, e.kind(), e.runbookId(), e.runbookSha256(), e.stepId(),
                e.hostAlias(), e.hostAddress(), e.hostKeyFingerprint(), e.remoteUser(), e.command(), e.parameters(),
                e.operator(), e.startedAt(), e.endedAt(), e.durationNanos(), e.clockOffsetMillis(), e.exitCode(),
                e.exitSignal(), e.status(), e.completeness(), e.stdoutLength(), e.stdoutSha256(), e.stderrLength(),
                e.stderrSha256(), e.text(), previousHash, entryHash);
    }

    private static String placeholders() {
        return "?" + ", ?".repeat(EntryRows.COLUMN_COUNT - 1);
    }

    /** A sealed entry and the row that holds it. */
    record Sealed(long entryId, EvidenceEntry entry) {
    }
}
