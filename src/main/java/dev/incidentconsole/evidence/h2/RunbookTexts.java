package dev.incidentconsole.evidence.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The runbook_text table: content-addressed, so keeping a text twice changes nothing. */
final class RunbookTexts {

    void keep(Connection connection, String sha256, String location, byte[] content) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO runbook_text (sha256, location, content) SELECT ?, ?, ? FROM DUAL"
                        + " WHERE NOT EXISTS (SELECT 1 FROM runbook_text WHERE sha256 = ?)")) {
            insert.setString(1, sha256);
            insert.setString(2, location);
            insert.setBytes(3, content);
            insert.setString(4, sha256);
            insert.executeUpdate();
        }
    }

    Optional<byte[]> find(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT content FROM runbook_text WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        }
    }
}
