package dev.incidentconsole.evidence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.ChainVerification;
import dev.incidentconsole.evidence.ChainVerification.Problem;
import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made behind the store's back, with plain SQL, are found by verify() and named by incident and seq. */
class TamperTest {

    @TempDir
    Path dir;

    private Path file;
    private String incident;

    @BeforeEach
    void fiveEntries() {
        file = dir.resolve("evidence.mv.db");
        try (H2EvidenceStore store = H2EvidenceStore.open(file, null)) {
            incident = store.openIncident(Evidence.incident("Tamper target")).id();
            for (int i = 0; i < 3; i++) { // seq 2, 3, 4
                CommandCapture capture = store.startCommand(Evidence.command(incident, "web" + i, "cat /etc/hosts"));
                byte[] output = new byte[200_000];
                new Generator(i).fill(output, 0);
                capture.append(OutputStreamKind.STDOUT, output, 0, output.length);
                capture.seal(Evidence.exited(0));
            }
            store.record(Evidence.note(incident, "last words")); // seq 5
            assertThat(store.verify(null).intact()).isTrue();
        }
    }

    private void sql(String... statements) throws SQLException {
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "evidence", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql.replace("$INC", incident));
            }
        }
    }

    private ChainVerification verify() {
        try (H2EvidenceStore store = H2EvidenceStore.open(file, null)) {
            return store.verify(null);
        }
    }

    private static String entryRow(int seq) {
        return "(SELECT id FROM entry WHERE incident_id = '$INC' AND seq = " + seq + ")";
    }

    @Test
    void aChangedOutputRowIsFoundAsADigestMismatch() throws SQLException {
        sql("UPDATE output_chunk SET data = X'00' || SUBSTRING(data FROM 2) WHERE entry_id = " + entryRow(3)
                + " AND start_offset = 65536");

        ChainVerification result = verify();
        assertThat(result.problems()).hasSize(1);
        Problem problem = result.problems().get(0);
        assertThat(problem.incidentId()).isEqualTo(incident);
        assertThat(problem.seq()).isEqualTo(3);
        assertThat(problem.describe()).contains(incident + " #3").contains("STDOUT output digest differs");
    }

    @Test
    void aChangedFieldIsFoundAsAnEntryHashMismatch() throws SQLException {
        sql("UPDATE entry SET exit_code = 1 WHERE incident_id = '$INC' AND seq = 4");

        ChainVerification result = verify();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.seq()).isEqualTo(4);
            assertThat(problem.what()).contains("entry hash differs");
        });
    }

    @Test
    void aDeletedEntryIsFoundAsAMissingSeqAndABrokenLink() throws SQLException {
        sql("DELETE FROM search_word WHERE entry_id = " + entryRow(3),
                "DELETE FROM output_chunk WHERE entry_id = " + entryRow(3),
                "DELETE FROM entry WHERE incident_id = '$INC' AND seq = 3");

        ChainVerification result = verify();
        assertThat(result.problems()).extracting(Problem::seq).containsExactly(3L, 4L);
        assertThat(result.problems().get(0).what()).contains("missing");
        assertThat(result.problems().get(1).what()).contains("broken link");
    }

    @Test
    void aRemovedTailIsFoundAgainstTheIncidentsHead() throws SQLException {
        sql("DELETE FROM search_word WHERE entry_id = " + entryRow(5),
                "DELETE FROM entry WHERE incident_id = '$INC' AND seq = 5");

        assertThat(verify().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.seq()).isEqualTo(5);
            assertThat(problem.what()).contains("chain ends at #4");
        });
    }

    @Test
    void aDeletedOutputRowIsFoundAsAGap() throws SQLException {
        sql("DELETE FROM output_chunk WHERE entry_id = " + entryRow(2) + " AND start_offset = 0");

        assertThat(verify().problems()).extracting(Problem::seq).containsOnly(2L);
        assertThat(verify().problems()).extracting(Problem::what)
                .anySatisfy(what -> assertThat(what).contains("do not follow each other at byte 0"))
                .anySatisfy(what -> assertThat(what).contains("digest differs"));
    }

    @Test
    void aChangedIncidentRecordIsFoundAgainstItsOpeningEntry() throws SQLException {
        sql("UPDATE incident SET severity = 'SEV4' WHERE id = '$INC'");

        assertThat(verify().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.seq()).isEqualTo(1);
            assertThat(problem.what()).contains("incident record differs");
        });
    }

    @Test
    void anUnreadableFieldIsReportedNotThrown() throws SQLException {
        sql("UPDATE entry SET kind = 'BOGUS' WHERE incident_id = '$INC' AND seq = 2");

        assertThat(verify().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.seq()).isEqualTo(2);
            assertThat(problem.what()).contains("cannot be read");
        });
    }
}
