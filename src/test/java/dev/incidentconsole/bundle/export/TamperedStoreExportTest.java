package dev.incidentconsole.bundle.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.bundle.IncidentFixture;
import dev.incidentconsole.bundle.StockTools;
import dev.incidentconsole.bundle.signing.KeyPassphrasePrompt;
import dev.incidentconsole.bundle.signing.SshKeySigner;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence changed behind the store's back is not exported as if it were intact. */
class TamperedStoreExportTest {

    @TempDir
    Path dir;

    @Test
    void anOutputChangedInTheDatabaseStopsTheExportAndLeavesNothing() throws Exception {
        Path db = dir.resolve("evidence");
        String incident;
        try (H2EvidenceStore store = H2EvidenceStore.open(db, null)) {
            incident = new IncidentFixture(store).record(300_000).id();
        }
        try (Connection sql = DriverManager.getConnection("jdbc:h2:file:" + db, "evidence", "");
             Statement statement = sql.createStatement()) {
            statement.executeUpdate("UPDATE output_chunk SET data = X'00' || SUBSTRING(data FROM 2) WHERE entry_id ="
                    + " (SELECT id FROM entry WHERE incident_id = '" + incident + "' AND seq = 3) AND start_offset = 65536");
        }
        SshKeySigner signer = SshKeySigner.fromKeyFile(StockTools.newKey(dir, "ada"), IncidentFixture.PRINCIPAL,
                KeyPassphrasePrompt.NONE);

        try (H2EvidenceStore store = H2EvidenceStore.open(db, null)) {
            int entries = store.timeline(incident).size();
            BundleExporter exporter = new BundleExporter(store, Clock.systemUTC(), "test");
            ExportRequest request = new ExportRequest(incident, dir.resolve("bundle.zip"), signer, IncidentFixture.OPERATOR,
                    false, false, null);

            assertThatThrownBy(() -> exporter.export(request, ExportProgress.NONE, () -> false))
                    .hasMessageContaining("stored stdout of entry 3").hasMessageContaining("run verify-store");

            assertThat(store.timeline(incident)).hasSize(entries);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("bundle.zip"));
        }
    }
}
