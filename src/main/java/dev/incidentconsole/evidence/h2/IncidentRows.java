package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The incident table: records, and the head of each incident's chain. */
final class IncidentRows {

    private static final String COLUMNS = "id, title, severity, exercise, operator_name, operator_email, runbook_ids,"
            + " host_aliases, parameters, opened_at, closed_at";

    /** The seq and hash of an incident's last sealed entry (0 and GENESIS before the first). */
    record Head(long seq, String hash) {
    }

    private final JsonColumns json;

    IncidentRows(JsonColumns json) {
        this.json = json;
    }

    void insert(Connection connection, IncidentRecord incident) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO incident (" + COLUMNS
                + ", head_seq, head_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
            insert.setString(1, incident.id());
            insert.setString(2, incident.title());
            insert.setString(3, incident.severity());
            insert.setBoolean(4, incident.exercise());
            insert.setString(5, incident.operatorName());
            insert.setString(6, incident.operatorEmail());
            insert.setString(7, json.list(incident.runbookIds()));
            insert.setString(8, json.list(incident.hostAliases()));
            insert.setString(9, json.map(incident.parameters()));
            Timestamps.set(insert, 10, incident.openedAt());
            Timestamps.set(insert, 11, incident.closedAt());
            insert.setString(12, EvidenceEntry.GENESIS);
            insert.executeUpdate();
        }
    }

    boolean exists(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM incident WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    Optional<IncidentRecord> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM incident WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    List<IncidentRecord> all(Connection connection) throws SQLException {
        List<IncidentRecord> incidents = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM incident ORDER BY opened_at DESC, id DESC");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                incidents.add(read(rows));
            }
        }
        return incidents;
    }

    Head head(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT head_seq, head_hash FROM incident WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("No incident " + id + " in the evidence store");
                }
                return new Head(rows.getLong(1), rows.getString(2));
            }
        }
    }

    void advanceHead(Connection connection, String id, Head head) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE incident SET head_seq = ?, head_hash = ? WHERE id = ?")) {
            update.setLong(1, head.seq());
            update.setString(2, head.hash());
            update.setString(3, id);
            update.executeUpdate();
        }
    }

    void markClosed(Connection connection, String id, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE incident SET closed_at = ? WHERE id = ?")) {
            Timestamps.set(update, 1, at);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    private IncidentRecord read(ResultSet rows) throws SQLException {
        return new IncidentRecord(rows.getString("id"), rows.getString("title"), rows.getString("severity"),
                rows.getBoolean("exercise"), rows.getString("operator_name"), rows.getString("operator_email"),
                json.readList(rows.getString("runbook_ids")), json.readList(rows.getString("host_aliases")),
                json.readMap(rows.getString("parameters")), Timestamps.get(rows, "opened_at"),
                Timestamps.get(rows, "closed_at"));
    }
}
