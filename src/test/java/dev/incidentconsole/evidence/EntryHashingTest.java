package dev.incidentconsole.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form is a contract with verifiers outside this code base. The expected text and hash below were
 * produced independently, by Python's json.dumps(entry, sort_keys=True, separators=(',', ':'),
 * ensure_ascii=False) and hashlib.sha256 (docs/EVIDENCE.md shows the script).
 */
class EntryHashingTest {

    static final EvidenceEntry ENTRY = new EvidenceEntry("INC-20261121-0301-7f3a", 2, EntryKind.COMMAND, "server-down",
            "ab".repeat(32), "check-service", "web1", "10.0.0.5", "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s",
            "ops", "SERVICE='mcp-gateway' systemctl status \"$SERVICE\"\n", Map.of("SERVICE", "mcp-gateway", "A", "1"),
            "Ada Responder", Instant.parse("2026-11-21T03:01:10.000000001Z"),
            Instant.parse("2026-11-21T03:01:12.123456789Z"), 2_123_456_788L, -15L, 3, null, "FAILED",
            Completeness.COMPLETE, 5, EntryHashing.sha256Hex("hello".getBytes(StandardCharsets.UTF_8)), 0,
            EntryHashing.EMPTY_SHA256, "Müller \u0001 tab\tend", EvidenceEntry.GENESIS, null);

    @Test
    void theCanonicalFormIsSortedCompactAndExplicit() {
        assertThat(EntryHashing.canonicalJson(ENTRY)).isEqualTo("{\"clockOffsetMillis\":-15,"
                + "\"command\":\"SERVICE='mcp-gateway' systemctl status \\\"$SERVICE\\\"\\n\",\"completeness\":\"COMPLETE\","
                + "\"durationNanos\":2123456788,\"endedAt\":\"2026-11-21T03:01:12.123456789Z\",\"exitCode\":3,"
                + "\"exitSignal\":null,\"hostAddress\":\"10.0.0.5\",\"hostAlias\":\"web1\","
                + "\"hostKeyFingerprint\":\"SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s\","
                + "\"incidentId\":\"INC-20261121-0301-7f3a\",\"kind\":\"COMMAND\",\"operator\":\"Ada Responder\","
                + "\"parameters\":{\"A\":\"1\",\"SERVICE\":\"mcp-gateway\"},"
                + "\"previousHash\":\"0000000000000000000000000000000000000000000000000000000000000000\","
                + "\"remoteUser\":\"ops\",\"runbookId\":\"server-down\","
                + "\"runbookSha256\":\"abababababababababababababababababababababababababababababababab\",\"seq\":2,"
                + "\"startedAt\":\"2026-11-21T03:01:10.000000001Z\",\"status\":\"FAILED\",\"stderrLength\":0,"
                + "\"stderrSha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\","
                + "\"stdoutLength\":5,"
                + "\"stdoutSha256\":\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\","
                + "\"stepId\":\"check-service\",\"text\":\"Müller \\u0001 tab\\tend\"}");
    }

    @Test
    void theEntryHashIsTheSha256OfTheCanonicalUtf8() {
        assertThat(EntryHashing.entryHash(ENTRY)).isEqualTo("deace61957b19a503075276d85ac0882fd23376e6aa358ff663c43c29527440a");
    }

    @Test
    void everyFieldCounts() {
        String hash = EntryHashing.entryHash(ENTRY);
        EvidenceEntry otherText = new EvidenceEntry(ENTRY.incidentId(), 2, ENTRY.kind(), ENTRY.runbookId(),
                ENTRY.runbookSha256(), ENTRY.stepId(), ENTRY.hostAlias(), ENTRY.hostAddress(), ENTRY.hostKeyFingerprint(),
                ENTRY.remoteUser(), ENTRY.command(), ENTRY.parameters(), ENTRY.operator(), ENTRY.startedAt(),
                ENTRY.endedAt(), ENTRY.durationNanos(), ENTRY.clockOffsetMillis(), ENTRY.exitCode(), ENTRY.exitSignal(),
                ENTRY.status(), ENTRY.completeness(), ENTRY.stdoutLength(), ENTRY.stdoutSha256(), ENTRY.stderrLength(),
                ENTRY.stderrSha256(), null, ENTRY.previousHash(), hash);
        assertThat(EntryHashing.entryHash(otherText)).isNotEqualTo(hash);
        assertThat(EntryHashing.hashMatches(otherText)).isFalse();
        assertThat(EntryHashing.canonicalJson(otherText)).contains("\"text\":null");
    }

    @Test
    void instantsAlwaysHaveNineFractionalDigitsAndLoneSurrogatesAreEscaped() {
        assertThat(CanonicalJson.instant(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000000000Z");
        assertThat(new CanonicalJson().object(Map.of("k", "a\uD800b\uD83D\uDE00\u007f")).toString())
                .isEqualTo("{\"k\":\"a\\ud800b\uD83D\uDE00\u007f\"}");
        assertThatThrownBy(() -> CanonicalJson.instant(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
