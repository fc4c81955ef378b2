package dev.incidentconsole.bundle.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.CommandEnd;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step's outputs per host, for the compare: the last run on each host, in the incident's host order. */
class StepOutputsTest {

    private static final Instant T0 = Instant.parse("2026-11-21T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void hostsComeInTheIncidentsOrderWhateverOrderTheyRanInAndEachGivesItsLastRun() throws Exception {
        EvidenceStore store = H2EvidenceStore.open(dir.resolve("evidence"), null);
        try {
            IncidentRecord incident = store.openIncident(new NewIncident("Relay drill", "high", true, "Ana", "ana@example.org",
                    List.of("relay"), List.of("gamma", "alpha", "beta"), Map.of(), T0));
            run(store, incident, "beta", "relay 2.4.1 (first try)\n");
            run(store, incident, "alpha", "relay 2.4.1\n");
            run(store, incident, "delta", "relay 2.4.1\n"); // reached through a jump host, not in the incident's list
            run(store, incident, "gamma", "relay 2.3.0\n");
            run(store, incident, "beta", "relay 2.4.1\n");

            Map<String, String> outputs = new StepOutputs(store, store.timeline(incident.id())).latestPerHost("version", 4096);

            assertThat(outputs.keySet()).containsExactly("gamma", "alpha", "beta", "delta");
            assertThat(outputs.get("beta")).isEqualTo("relay 2.4.1\n");
            assertThat(outputs.get("gamma")).isEqualTo("relay 2.3.0\n");
        } finally {
            store.close();
        }
    }

    private static void run(EvidenceStore store, IncidentRecord incident, String host, String stdout) {
        CommandCapture capture = store.startCommand(new CommandStart(incident.id(), EntryKind.COMMAND, "relay", null, "version",
                host, "127.0.0.1", "ops", "relay --version", Map.of(), "Ana", T0.plusSeconds(5)));
        byte[] bytes = stdout.getBytes(StandardCharsets.UTF_8);
        capture.append(OutputStreamKind.STDOUT, bytes, 0, bytes.length);
        capture.seal(new CommandEnd(T0.plusSeconds(6), 1_000_000L, 0, null, "SUCCEEDED", Completeness.COMPLETE,
                "SHA256:abc", 0L, null));
    }
}
