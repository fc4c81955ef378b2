package dev.incidentconsole.evidence.h2;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as TIMESTAMP(9) WITH TIME ZONE in UTC: nanoseconds survive the round trip. */
final class Timestamps {

    private Timestamps() {
    }

    static void set(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    static Instant get(ResultSet rows, String column) throws SQLException {
        OffsetDateTime at = rows.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
