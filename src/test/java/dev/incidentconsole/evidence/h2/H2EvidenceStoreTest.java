package dev.incidentconsole.evidence.h2;

import static dev.incidentconsole.evidence.h2.Evidence.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2EvidenceStoreTest {

    @TempDir
    Path dir;

    @Test
    void incidentsAndEntriesSurviveClosingAndReopening() throws Exception {
        Path file = dir.resolve("evidence.mv.db");
        IncidentRecord incident;
        EvidenceEntry command;
        EvidenceEntry note;
        try (H2EvidenceStore store = H2EvidenceStore.open(file, null)) {
            incident = store.openIncident(Evidence.incident("Gateway down on web1"));
            CommandCapture capture = store.startCommand(Evidence.command(incident.id(), "web1", "systemctl status mcp"));
            capture.append(OutputStreamKind.STDOUT, utf8("active (running)\n"), 0, 17);
            capture.append(OutputStreamKind.STDERR, utf8("warning: x\n"), 0, 11);
            command = capture.seal(Evidence.exited(0));
            note = store.record(Evidence.note(incident.id(), "Restarted by hand; watching."));
        }
        try (H2EvidenceStore store = H2EvidenceStore.open(file, null)) {
            assertThat(store.recoveredEntries()).isZero();
            assertThat(store.incident(incident.id())).contains(incident);
            assertThat(store.incidents()).containsExactly(incident);
            List<EvidenceEntry> timeline = store.timeline(incident.id());
            assertThat(timeline).extracting(EvidenceEntry::seq).containsExactly(1L, 2L, 3L);
            assertThat(timeline.get(0).kind()).isEqualTo(EntryKind.STATUS);
            assertThat(timeline.get(0).text()).startsWith("Incident opened: Gateway down on web1");
            assertThat(timeline.get(1)).isEqualTo(command);
            assertThat(timeline.get(2)).isEqualTo(note);
            assertThat(store.entry(incident.id(), 2)).contains(command);
            try (InputStream out = store.output(incident.id(), 2, OutputStreamKind.STDOUT)) {
                assertThat(out.readAllBytes()).isEqualTo(utf8("active (running)\n"));
            }
            assertThat(store.verify(null).intact()).isTrue();
        }
    }

    @Test
    void aSealedCommandCarriesEveryFieldOfItsStartAndEnd() {
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("e"), null)) {
            String id = store.openIncident(Evidence.incident("t")).id();
            CommandCapture capture = store.startCommand(Evidence.command(id, "web1", "uptime"));
            capture.append(OutputStreamKind.STDOUT, utf8("up 3 days"), 0, 9);
            EvidenceEntry entry = capture.seal(Evidence.exited(0));

            assertThat(id).matches("INC-20261121-0301-[0-9a-f]{4}");
            assertThat(entry.seq()).isEqualTo(2);
            assertThat(entry.command()).isEqualTo("uptime");
            assertThat(entry.hostAddress()).isEqualTo("web1.example.org");
            assertThat(entry.hostKeyFingerprint()).startsWith("SHA256:");
            assertThat(entry.startedAt()).isEqualTo(Evidence.T0.plusSeconds(10));
            assertThat(entry.durationNanos()).isEqualTo(2_000_000_123L);
            assertThat(entry.exitCode()).isZero();
            assertThat(entry.completeness()).isEqualTo(Completeness.COMPLETE);
            assertThat(entry.stdoutLength()).isEqualTo(9);
            assertThat(entry.stdoutSha256()).isEqualTo(EntryHashing.sha256Hex(utf8("up 3 days")));
            assertThat(entry.stderrSha256()).isEqualTo(EntryHashing.EMPTY_SHA256);
            assertThat(entry.previousHash()).isEqualTo(store.timeline(id).get(0).entryHash());
            assertThat(entry.entryHash()).isEqualTo(EntryHashing.entryHash(entry));
        }
    }

    @Test
    void closingAnIncidentRecordsItAndRefusesNewCommands() {
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("e"), null)) {
            String id = store.openIncident(Evidence.incident("t")).id();
            store.closeIncident(id, "Ada Responder", Evidence.T0.plusSeconds(3600));

            assertThat(store.incident(id).orElseThrow().closedAt()).isEqualTo(Evidence.T0.plusSeconds(3600));
            EvidenceEntry last = store.timeline(id).get(1);
            assertThat(last.kind()).isEqualTo(EntryKind.STATUS);
            assertThat(last.text()).isEqualTo("Incident closed by Ada Responder");
            assertThatThrownBy(() -> store.startCommand(Evidence.command(id, "web1", "uptime")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
            assertThatThrownBy(() -> store.closeIncident(id, "Ada", Evidence.T0)).isInstanceOf(IllegalStateException.class);
            assertThat(store.record(Evidence.note(id, "export made")).seq()).isEqualTo(3);
        }
    }

    @Test
    void refusesWhatDoesNotBelong() {
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("e"), null)) {
            String id = store.openIncident(Evidence.incident("t")).id();
            assertThatThrownBy(() -> store.record(new EntryDraft(id, EntryKind.COMMAND, null, null, null, "x", "a",
                    Evidence.T0))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.record(Evidence.note("INC-nope", "x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INC-nope");
            assertThatThrownBy(() -> store.output(id, 99, OutputStreamKind.STDOUT))
                    .isInstanceOf(IllegalArgumentException.class);
            CommandCapture capture = store.startCommand(Evidence.command(id, "web1", "true"));
            capture.seal(Evidence.exited(0));
            assertThatThrownBy(() -> capture.append(OutputStreamKind.STDOUT, new byte[1], 0, 1))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> capture.seal(Evidence.exited(0))).isInstanceOf(IllegalStateException.class);
        }
    }
}
