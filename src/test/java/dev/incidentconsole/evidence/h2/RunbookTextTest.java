package dev.incidentconsole.evidence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.evidence.EntryHashing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookTextTest {

    @TempDir
    Path dir;

    @Test
    void runbookTextsAreKeptByDigestOnceAndSurviveReopening() {
        byte[] text = Evidence.utf8("---\nid: server-down\n---\n# Server down\n\uFEFF odd but kept as is\r\n");
        String digest;
        try (H2EvidenceStore store = H2EvidenceStore.open(dir.resolve("evidence"), null)) {
            digest = store.keepRunbookText("runbooks/server-down.md", text);
            assertThat(digest).isEqualTo(EntryHashing.sha256Hex(text));
            assertThat(store.keepRunbookText("elsewhere/server-down.md", text)).isEqualTo(digest);
            assertThat(store.runbookText("0".repeat(64))).isEmpty();
        }
        try (H2EvidenceStore reopened = H2EvidenceStore.open(dir.resolve("evidence"), null)) {
            assertThat(reopened.runbookText(digest)).hasValue(text);
        }
    }
}
