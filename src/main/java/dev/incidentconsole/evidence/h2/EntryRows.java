package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Maps {@link EvidenceEntry} to the entry table and back, column for component. */
final class EntryRows {

    /** The columns of an entry in the order of the record's components. */
    static final String COLUMNS = "incident_id, seq, kind, runbook_id, runbook_sha256, step_id, host_alias, host_address,"
            + " host_key_fingerprint, remote_user, command, parameters, operator, started_at, ended_at, duration_nanos,"
            + " clock_offset_millis, exit_code, exit_signal, status, completeness, stdout_length, stdout_sha256,"
            + " stderr_length, stderr_sha256, text, previous_hash, entry_hash";

    static final int COLUMN_COUNT = 28;

    private final JsonColumns json;

    EntryRows(JsonColumns json) {
        this.json = json;
    }

    /** Binds all 28 columns from {@code first} on; a null seq binds NULL (an open entry). */
    void bind(PreparedStatement statement, int first, EvidenceEntry entry, boolean open) throws SQLException {
        int i = first;
        statement.setString(i++, entry.incidentId());
        if (open) {
            statement.setNull(i++, Types.BIGINT);
        } else {
            statement.setLong(i++, entry.seq());
        }
        statement.setString(i++, entry.kind().name());
        statement.setString(i++, entry.runbookId());
        statement.setString(i++, entry.runbookSha256());
        statement.setString(i++, entry.stepId());
        statement.setString(i++, entry.hostAlias());
        statement.setString(i++, entry.hostAddress());
        statement.setString(i++, entry.hostKeyFingerprint());
        statement.setString(i++, entry.remoteUser());
        statement.setString(i++, entry.command());
        statement.setString(i++, json.map(entry.parameters()));
        statement.setString(i++, entry.operator());
        Timestamps.set(statement, i++, entry.startedAt());
        Timestamps.set(statement, i++, entry.endedAt());
        setLong(statement, i++, entry.durationNanos());
        setLong(statement, i++, entry.clockOffsetMillis());
        if (entry.exitCode() == null) {
            statement.setNull(i++, Types.INTEGER);
        } else {
            statement.setInt(i++, entry.exitCode());
        }
        statement.setString(i++, entry.exitSignal());
        statement.setString(i++, entry.status());
        statement.setString(i++, entry.completeness() == null ? null : entry.completeness().name());
        statement.setLong(i++, entry.stdoutLength());
        statement.setString(i++, entry.stdoutSha256());
        statement.setLong(i++, entry.stderrLength());
        statement.setString(i++, entry.stderrSha256());
        statement.setString(i++, entry.text());
        statement.setString(i++, entry.previousHash());
        statement.setString(i, entry.entryHash());
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** Reads an entry from a row selected with {@link #COLUMNS}; an open entry reads with seq 0. */
    EvidenceEntry read(ResultSet rows) throws SQLException {
        String completeness = rows.getString("completeness");
        return new EvidenceEntry(rows.getString("incident_id"), rows.getLong("seq"),
                EntryKind.valueOf(rows.getString("kind")), rows.getString("runbook_id"), rows.getString("runbook_sha256"),
                rows.getString("step_id"), rows.getString("host_alias"), rows.getString("host_address"),
                rows.getString("host_key_fingerprint"), rows.getString("remote_user"), rows.getString("command"),
                json.readMap(rows.getString("parameters")), rows.getString("operator"),
                Timestamps.get(rows, "started_at"), Timestamps.get(rows, "ended_at"), nullableLong(rows, "duration_nanos"),
                nullableLong(rows, "clock_offset_millis"), nullableInt(rows, "exit_code"), rows.getString("exit_signal"),
                rows.getString("status"), completeness == null ? null : Completeness.valueOf(completeness),
                rows.getLong("stdout_length"), rows.getString("stdout_sha256"), rows.getLong("stderr_length"),
                rows.getString("stderr_sha256"), rows.getString("text"), rows.getString("previous_hash"),
                rows.getString("entry_hash"));
    }

    private static Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
