package dev.incidentconsole.evidence;

import java.time.Instant;
import java.util.Map;

/**
 * One sealed link of an incident's hash chain. {@code seq} counts from 1 within the incident in sealing order;
 * {@code entryHash} covers the canonical fields, the output digests and {@code previousHash} (64 zeros for the
 * first entry). Fields that do not apply to the kind are null (lengths 0, digests those of no bytes).
 */
public record EvidenceEntry(String incidentId, long seq, EntryKind kind, String runbookId, String runbookSha256,
                            String stepId, String hostAlias, String hostAddress, String hostKeyFingerprint,
                            String remoteUser, String command, Map<String, String> parameters, String operator,
                            Instant startedAt, Instant endedAt, Long durationNanos, Long clockOffsetMillis,
                            Integer exitCode, String exitSignal, String status, Completeness completeness,
                            long stdoutLength, String stdoutSha256, long stderrLength, String stderrSha256,
                            String text, String previousHash, String entryHash) {

    public static final String GENESIS = "0".repeat(64);

    public EvidenceEntry {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
