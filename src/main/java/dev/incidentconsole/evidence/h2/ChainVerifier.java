package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.ChainVerification;
import dev.incidentconsole.evidence.ChainVerification.Problem;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes, from what is stored, every output digest, every entry hash and every link of one or all incidents,
 * inside one snapshot. Each mismatch becomes a {@link Problem} naming the incident, the seq and what differs; the
 * list is in chain order. Open entries (captures in progress) are not part of any chain yet and are skipped.
 */
final class ChainVerifier {

    private final EntryRows rows;
    private final IncidentRows incidents;

    ChainVerifier(EntryRows rows, IncidentRows incidents) {
        this.rows = rows;
        this.incidents = incidents;
    }

    ChainVerification verify(Connection connection, String incidentIdOrNull) throws SQLException {
        List<IncidentRecord> toCheck = new ArrayList<>();
        if (incidentIdOrNull == null) {
            List<IncidentRecord> all = incidents.all(connection);
            for (int i = all.size() - 1; i >= 0; i--) {
                toCheck.add(all.get(i)); // oldest first
            }
        } else {
            toCheck.add(incidents.find(connection, incidentIdOrNull).orElseThrow(
                    () -> new IllegalArgumentException("No incident " + incidentIdOrNull + " in the evidence store")));
        }
        List<Problem> problems = new ArrayList<>();
        long entries = 0;
        for (IncidentRecord incident : toCheck) {
            entries += verifyIncident(connection, incident, problems);
        }
        return new ChainVerification(toCheck.size(), entries, problems);
    }

    private long verifyIncident(Connection connection, IncidentRecord incident, List<Problem> problems)
            throws SQLException {
        String id = incident.id();
        long expectedSeq = 1;
        String previousHash = EvidenceEntry.GENESIS;
        long checked = 0;
        for (StoredEntry stored = atOrAfter(connection, id, 1); stored != null;
             stored = atOrAfter(connection, id, expectedSeq)) {
            for (long missing = expectedSeq; missing < stored.seq; missing++) {
                problems.add(new Problem(id, missing, "missing: no entry has this seq (deleted?)"));
            }
            checkEntry(connection, incident, stored, previousHash, problems);
            previousHash = stored.entryHash;
            expectedSeq = stored.seq + 1;
            checked++;
        }
        IncidentRows.Head head = incidents.head(connection, id);
        if (head.seq() != expectedSeq - 1) {
            problems.add(new Problem(id, head.seq(), "the chain ends at #" + (expectedSeq - 1)
                    + " but the incident's recorded head is #" + head.seq() + " (entries removed from the end?)"));
        } else if (!Objects.equals(head.hash(), previousHash)) {
            problems.add(new Problem(id, head.seq(), "the entry hash differs from the incident's recorded head hash"));
        }
        return checked;
    }

    private void checkEntry(Connection connection, IncidentRecord incident, StoredEntry stored, String previousHash,
                            List<Problem> problems) throws SQLException {
        String id = incident.id();
        if (!Objects.equals(previousHash, stored.previousHash)) {
            problems.add(new Problem(id, stored.seq, "broken link: previousHash " + stored.previousHash
                    + " is not the entry hash of the entry before it (" + previousHash + ")"));
        }
        if (stored.entry == null) {
            problems.add(new Problem(id, stored.seq, "the stored fields cannot be read: " + stored.unreadable));
            return;
        }
        EvidenceEntry entry = stored.entry;
        checkOutput(connection, id, stored, OutputStreamKind.STDOUT, entry.stdoutLength(), entry.stdoutSha256(), problems);
        checkOutput(connection, id, stored, OutputStreamKind.STDERR, entry.stderrLength(), entry.stderrSha256(), problems);
        String recomputed = EntryHashing.entryHash(entry);
        if (!recomputed.equals(entry.entryHash())) {
            problems.add(new Problem(id, stored.seq, "entry hash differs: the stored fields hash to " + recomputed
                    + ", not to the stored " + entry.entryHash() + " (a field was changed after sealing)"));
        }
        if (stored.seq == 1 && !(IncidentOpening.text(incident).equals(entry.text())
                && incident.openedAt().equals(entry.startedAt()))) {
            problems.add(new Problem(id, 1, "the incident record differs from what its opening entry recorded"));
        }
    }

    private static void checkOutput(Connection connection, String id, StoredEntry stored, OutputStreamKind stream,
                                    long length, String sha256, List<Problem> problems) throws SQLException {
        ChunkScan.Result actual = ChunkScan.scan(connection, stored.rowId, stream);
        if (actual.gap() != null) {
            problems.add(new Problem(id, stored.seq, actual.gap()));
        }
        if (actual.length() != length || !actual.sha256().equals(sha256)) {
            problems.add(new Problem(id, stored.seq, stream + " output digest differs: the stored bytes ("
                    + actual.length() + " bytes, SHA-256 " + actual.sha256() + ") are not what was sealed ("
                    + length + " bytes, SHA-256 " + sha256 + ")"));
        }
    }

    /**
     * The entry with this seq, or else the next one (only a damaged chain has gaps). Looked up by exact key, one
     * at a time: H2 would sort all later entries to serve "ORDER BY seq LIMIT n", and a chain may be long.
     */
    private StoredEntry atOrAfter(Connection connection, String incidentId, long seq) throws SQLException {
        StoredEntry stored = exactly(connection, incidentId, seq);
        if (stored != null) {
            return stored;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MIN(seq) FROM entry WHERE incident_id = ? AND seq > ?")) {
            select.setString(1, incidentId);
            select.setLong(2, seq);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                long next = result.getLong(1);
                return result.wasNull() ? null : exactly(connection, incidentId, next);
            }
        }
    }

    private StoredEntry exactly(Connection connection, String incidentId, long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, " + EntryRows.COLUMNS + " FROM entry WHERE incident_id = ? AND seq = ?")) {
            select.setString(1, incidentId);
            select.setLong(2, seq);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? readStored(result) : null;
            }
        }
    }

    private StoredEntry readStored(ResultSet result) throws SQLException {
        StoredEntry stored = new StoredEntry(result.getLong("id"), result.getLong("seq"),
                result.getString("previous_hash"), result.getString("entry_hash"));
        try {
            stored.entry = rows.read(result);
        } catch (RuntimeException e) {
            stored.unreadable = e.getMessage();
        }
        return stored;
    }

    /** A row as stored, readable or not. */
    private static final class StoredEntry {
        final long rowId;
        final long seq;
        final String previousHash;
        final String entryHash;
        EvidenceEntry entry;
        String unreadable;

        StoredEntry(long rowId, long seq, String previousHash, String entryHash) {
            this.rowId = rowId;
            this.seq = seq;
            this.previousHash = previousHash;
            this.entryHash = entryHash;
        }
    }
}
