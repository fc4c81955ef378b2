package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.EvidenceEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The store's plain reads of entries and their output rows. */
final class EntryQueries {

    private final EntryRows rows;

    EntryQueries(EntryRows rows) {
        this.rows = rows;
    }

    List<EvidenceEntry> timeline(Connection connection, String incidentId) throws SQLException {
        List<EvidenceEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + EntryRows.COLUMNS
                + " FROM entry WHERE incident_id = ? AND seq IS NOT NULL ORDER BY seq")) {
            select.setString(1, incidentId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    entries.add(rows.read(result));
                }
            }
        }
        return entries;
    }

    Optional<EvidenceEntry> entry(Connection connection, String incidentId, long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + EntryRows.COLUMNS + " FROM entry WHERE incident_id = ? AND seq = ?")) {
            select.setString(1, incidentId);
            select.setLong(2, seq);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(rows.read(result)) : Optional.empty();
            }
        }
    }

    /** The row id of a sealed entry; IllegalArgumentException when there is none. */
    long rowId(Connection connection, String incidentId, long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM entry WHERE incident_id = ? AND seq = ?")) {
            select.setString(1, incidentId);
            select.setLong(2, seq);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalArgumentException("No sealed entry #" + seq + " in incident " + incidentId);
                }
                return result.getLong(1);
            }
        }
    }

    long searchBacklog(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM search_pending");
             ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
