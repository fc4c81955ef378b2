package dev.incidentconsole.evidence.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Captures whose open row commits behind the caller, and seals and records that share a commit. */
class ReadOnlyStartTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyCommandIsStoredAndChainedLikeAnyOther() throws Exception {
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("evidence"), null)) {
            String incident = store.openIncident(Evidence.incident("Reads")).id();
            CommandCapture capture = store.startReadOnlyCommand(Evidence.command(incident, "web1", "uptime"));
            capture.append(OutputStreamKind.STDOUT, Evidence.utf8("up 3 days\n"), 0, 10);
            CompletableFuture<EvidenceEntry> sealing = capture.sealLater(Evidence.exited(0));
            CompletableFuture<EvidenceEntry> status = store.recordLater(Evidence.note(incident, "looked at uptime"));

            EvidenceEntry sealed = EvidenceStore.await(sealing);
            assertThat(sealed.seq()).isEqualTo(2);
            assertThat(EvidenceStore.await(status).seq()).isEqualTo(3);
            assertThat(store.output(incident, 2, OutputStreamKind.STDOUT).readAllBytes()).isEqualTo(Evidence.utf8("up 3 days\n"));
            assertThat(store.verify(incident).intact()).isTrue();
        }
        try (H2EvidenceStore reopened = H2EvidenceStore.open(dir.resolve("evidence"), null)) {
            List<EvidenceEntry> timeline = reopened.timeline(reopened.incidents().get(0).id());
            assertThat(timeline).extracting(EvidenceEntry::seq).containsExactly(1L, 2L, 3L);
            assertThat(timeline.get(1).command()).isEqualTo("uptime");
        }
    }

    @Test
    void aClosedIncidentRefusesAReadOnlyCommandBeforeAnythingRuns() {
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("evidence"), null)) {
            String incident = store.openIncident(Evidence.incident("Closed")).id();
            store.closeIncident(incident, "Ada", Evidence.T0.plusSeconds(60));

            assertThatThrownBy(() -> store.startReadOnlyCommand(Evidence.command(incident, "web1", "uptime")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
            assertThatThrownBy(() -> store.startReadOnlyCommand(Evidence.command("no-such-incident", "web1", "uptime")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aCommandStartedBeforeTheIncidentClosedIsStillSealed() {
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("evidence"), null)) {
            String incident = store.openIncident(Evidence.incident("Race")).id();
            CommandCapture capture = store.startReadOnlyCommand(Evidence.command(incident, "web1", "uptime"));
            store.closeIncident(incident, "Ada", Evidence.T0.plusSeconds(60));
            EvidenceEntry sealed = capture.seal(Evidence.exited(0));
            // The open row was queued before the close and the writer works in order: the command's evidence is kept.
            assertThat(sealed.command()).isEqualTo("uptime");
            assertThat(store.verify(incident).intact()).isTrue();
        }
    }
}
