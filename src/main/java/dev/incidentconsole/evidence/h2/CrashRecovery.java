package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Seals what a stopped console left open. An entry still open when the store opens was being captured when the
 * process died (kill -9, crash, power loss): its digests are recomputed from the rows that were committed, it is
 * sealed as INTERRUPTED, and a STATUS entry per incident says what was recovered. Nothing committed is dropped.
 */
final class CrashRecovery {

    static final String OPERATOR = "incident-console";

    private final EntryRows rows;
    private final EntrySealer sealer;
    private final Clock clock;

    CrashRecovery(EntryRows rows, EntrySealer sealer, Clock clock) {
        this.rows = rows;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Recovers every open entry; returns how many. Runs in the writer's transaction. */
    int recover(Connection connection) throws SQLException {
        Map<String, List<Entry<Long, EvidenceEntry>>> byIncident = openEntries(connection);
        int recovered = 0;
        for (Map.Entry<String, List<Entry<Long, EvidenceEntry>>> incident : byIncident.entrySet()) {
            StringBuilder summary = new StringBuilder("The console stopped while capturing. Recovered ")
                    .append(incident.getValue().size()).append(" interrupted entr")
                    .append(incident.getValue().size() == 1 ? "y" : "ies").append(':');
            for (Entry<Long, EvidenceEntry> open : incident.getValue()) {
                EvidenceEntry sealed = sealer.sealOpen(connection, open.getKey(), interrupted(connection, open));
                summary.append("\n#").append(sealed.seq()).append(' ').append(sealed.hostAlias()).append(": ")
                        .append(sealed.command()).append(" (").append(sealed.stdoutLength()).append(" stdout and ")
                        .append(sealed.stderrLength()).append(" stderr bytes kept)");
                recovered++;
            }
            EvidenceEntry status = new EvidenceEntry(incident.getKey(), 0, EntryKind.STATUS, null, null, null, null,
                    null, null, null, null, Map.of(), OPERATOR, clock.instant(), clock.instant(), null, null, null, null,
                    null, null, 0, EntryHashing.EMPTY_SHA256, 0,
                    EntryHashing.EMPTY_SHA256, summary.toString(), null, null);
            sealer.insertSealed(connection, status);
        }
        return recovered;
    }

    private Map<String, List<Entry<Long, EvidenceEntry>>> openEntries(Connection connection) throws SQLException {
        Map<String, List<Entry<Long, EvidenceEntry>>> byIncident = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, " + EntryRows.COLUMNS + " FROM entry WHERE seq IS NULL ORDER BY id");
             ResultSet open = select.executeQuery()) {
            while (open.next()) {
                EvidenceEntry entry = rows.read(open);
                byIncident.computeIfAbsent(entry.incidentId(), id -> new ArrayList<>())
                        .add(Map.entry(open.getLong("id"), entry));
            }
        }
        return byIncident;
    }

    private static EvidenceEntry interrupted(Connection connection, Entry<Long, EvidenceEntry> open) throws SQLException {
        EvidenceEntry e = open.getValue();
        ChunkScan.Result out = ChunkScan.scan(connection, open.getKey(), OutputStreamKind.STDOUT);
        ChunkScan.Result err = ChunkScan.scan(connection, open.getKey(), OutputStreamKind.STDERR);
        String text = "Interrupted: the console stopped while this was being captured. The " + out.length()
                + " stdout and " + err.length() + " stderr bytes committed before that are kept; the command's end"
                + " and anything it wrote later are unknown.";
        return new EvidenceEntry(e.incidentId(), 0, e.kind(), e.runbookId(), e.runbookSha256(), e.stepId(),
                e.hostAlias(), e.hostAddress(), e.hostKeyFingerprint(), e.remoteUser(), e.command(), e.parameters(),
                e.operator(), e.startedAt(), null, null, null, null, null, null, Completeness.INTERRUPTED,
                out.length(), out.sha256(), err.length(), err.sha256(), text, null, null);
    }
}
