package dev.incidentconsole.evidence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.SearchHit;
import dev.incidentconsole.evidence.SearchQuery;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {

    @TempDir
    Path dir;

    private H2EvidenceStore store;
    private String incident;

    @BeforeEach
    void someEvidence() {
        store = H2EvidenceStore.open(dir.resolve("e"), null, StoreOptions.defaults().withIndexedBytesPerEntry(100_000));
        incident = store.openIncident(Evidence.incident("Search")).id();
        run("web1", "check-service", "systemctl status mcp-gateway", "Active: failed (Result: exit-code)\n", 3, 60);
        run("web2", "check-service", "systemctl status mcp-gateway", "Active: active (running)\n", 0, 120);
        run("web1", "read-logs", "journalctl -u mcp-gateway -n 50", "Nov 21 03:00 OOM killer chose Müller's process\n", 0, 180);
        // a word far into a long output: found only within the indexed size
        CommandCapture capture = store.startCommand(Evidence.command(incident, "web2", "read-logs", "cat big.log",
                Evidence.T0.plusSeconds(240)));
        byte[] filler = "lorem ipsum ".repeat(10_000).getBytes();
        capture.append(OutputStreamKind.STDOUT, filler, 0, filler.length);
        byte[] late = " segfault_at_the_end ".getBytes();
        capture.append(OutputStreamKind.STDOUT, late, 0, late.length);
        capture.seal(Evidence.exited(0));
        store.record(Evidence.note(incident, "Customer reports 502 from the gateway"));
        awaitIndexed(store);
    }

    static void awaitIndexed(H2EvidenceStore store) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (store.searchBacklog() > 0) {
            assertThat(System.nanoTime()).as("index backlog drained in time").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private void run(String host, String step, String command, String output, int exit, long second) {
        CommandCapture capture = store.startCommand(Evidence.command(incident, host, step, command,
                Evidence.T0.plusSeconds(second)));
        byte[] bytes = Evidence.utf8(output);
        capture.append(OutputStreamKind.STDOUT, bytes, 0, bytes.length);
        capture.seal(Evidence.exited(exit));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> commandsFor(SearchQuery query) {
        return store.search(query).stream().map(hit -> hit.entry().hostAlias() + " " + hit.entry().command()).toList();
    }

    @Test
    void findsWordsInOutputsCommandsAndNotesWithASnippet() {
        List<SearchHit> hits = store.search(SearchQuery.words("OOM"));
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.entry().command()).isEqualTo("journalctl -u mcp-gateway -n 50");
            assertThat(hit.snippet()).contains("OOM killer chose Müller's process");
        });
        assertThat(store.search(SearchQuery.words("müller"))).hasSize(1);
        assertThat(store.search(SearchQuery.words("journalctl"))).singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).startsWith("journalctl -u"));
        assertThat(store.search(SearchQuery.words("502 gateway customer"))).singleElement()
                .satisfies(hit -> assertThat(hit.entry().text()).contains("502"));
        assertThat(store.search(SearchQuery.words("gateway"))).hasSize(4 + 1); // 3 commands, the note, the opening
        assertThat(store.search(SearchQuery.words("nothing-like-this"))).isEmpty();
    }

    @Test
    void indexesOutputOnlyUpToTheConfiguredSize() {
        assertThat(store.search(SearchQuery.words("ipsum"))).hasSize(1);
        assertThat(store.search(SearchQuery.words("segfault_at_the_end"))).isEmpty();
    }

    @Test
    void filtersByHostStepExitCodeFailureAndTime() {
        assertThat(commandsFor(query("systemctl", "web1", null, null, false, null, null)))
                .containsExactly("web1 systemctl status mcp-gateway");
        assertThat(commandsFor(query(null, null, "read-logs", null, false, null, null)))
                .containsExactly("web2 cat big.log", "web1 journalctl -u mcp-gateway -n 50");
        assertThat(commandsFor(query(null, null, null, 3, false, null, null)))
                .containsExactly("web1 systemctl status mcp-gateway");
        assertThat(commandsFor(query(null, null, null, null, true, null, null)))
                .containsExactly("web1 systemctl status mcp-gateway");
        assertThat(commandsFor(query("mcp", null, null, null, false, Evidence.T0.plusSeconds(100),
                Evidence.T0.plusSeconds(180)))).containsExactly("web2 systemctl status mcp-gateway");
    }

    @Test
    void newestFirstWithinTheLimit() {
        List<EvidenceEntry> newest = store.search(new SearchQuery(null, incident, null, null, null, false, null, null, 2))
                .stream().map(SearchHit::entry).toList();
        assertThat(newest).extracting(EvidenceEntry::command).containsExactly("cat big.log", "journalctl -u mcp-gateway -n 50");
    }

    private SearchQuery query(String text, String host, String step, Integer exit, boolean failed, Instant from, Instant to) {
        return new SearchQuery(text, incident, host, step, exit, failed, from, to, 50);
    }
}
