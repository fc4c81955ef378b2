package dev.incidentconsole.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash chain's one definition (format 1), also written down in docs/EVIDENCE.md for verifiers in other
 * languages.
 *
 * <p>{@code entryHash} is the lowercase hex SHA-256 of the UTF-8 bytes of the entry's canonical JSON: one object
 * holding every component of {@link EvidenceEntry} except {@code entryHash}, under the component's name. In
 * canonical order the 27 keys are {@code clockOffsetMillis, command, completeness, durationNanos, endedAt,
 * exitCode, exitSignal, hostAddress, hostAlias, hostKeyFingerprint, incidentId, kind, operator, parameters,
 * previousHash, remoteUser, runbookId, runbookSha256, seq, startedAt, status, stderrLength, stderrSha256,
 * stdoutLength, stdoutSha256, stepId, text}. The rules:
 * <ul>
 * <li>keys in ascending order of their UTF-16 code units, at every level; no whitespace anywhere;</li>
 * <li>absent values are written as {@code null}, never left out;</li>
 * <li>integers ({@code seq}, lengths, {@code durationNanos}, {@code clockOffsetMillis}, {@code exitCode}) in
 * plain decimal: optional minus, no leading zeros, no exponent, no fraction;</li>
 * <li>strings as JSON.stringify writes them (RFC 8785): {@code \"} and {@code \\}; {@code \b \f \n \r \t};
 * other characters below U+0020 and lone surrogates as {@code \}{@code u} with four lowercase hex digits;
 * everything else literally, in UTF-8;</li>
 * <li>{@code kind} and {@code completeness} as their enum names ({@code "COMMAND"}, {@code "COMPLETE"});</li>
 * <li>{@code startedAt}, {@code endedAt} as strings {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}, in UTC, always nine
 * fractional digits;</li>
 * <li>{@code parameters} as a nested object of strings with sorted keys ({@code {}} when there are none);</li>
 * <li>digests and hashes as 64 lowercase hex digits; {@code previousHash} of the first entry is 64 zeros
 * ({@link EvidenceEntry#GENESIS}); an empty output has length 0 and the digest of no bytes
 * ({@link #EMPTY_SHA256}).</li>
 * </ul>
 */
public final class EntryHashing {

    /** SHA-256 of zero bytes: the digest of a stream that produced nothing. */
    public static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private EntryHashing() {
    }

    /** The canonical JSON of {@code entry}, without its {@code entryHash}. */
    public static String canonicalJson(EvidenceEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("incidentId", entry.incidentId());
        fields.put("seq", entry.seq());
        fields.put("kind", entry.kind());
        fields.put("runbookId", entry.runbookId());
        fields.put("runbookSha256", entry.runbookSha256());
        fields.put("stepId", entry.stepId());
        fields.put("hostAlias", entry.hostAlias());
        fields.put("hostAddress", entry.hostAddress());
        fields.put("hostKeyFingerprint", entry.hostKeyFingerprint());
        fields.put("remoteUser", entry.remoteUser());
        fields.put("command", entry.command());
        fields.put("parameters", entry.parameters());
        fields.put("operator", entry.operator());
        fields.put("startedAt", entry.startedAt());
        fields.put("endedAt", entry.endedAt());
        fields.put("durationNanos", entry.durationNanos());
        fields.put("clockOffsetMillis", entry.clockOffsetMillis());
        fields.put("exitCode", entry.exitCode());
        fields.put("exitSignal", entry.exitSignal());
        fields.put("status", entry.status());
        fields.put("completeness", entry.completeness());
        fields.put("stdoutLength", entry.stdoutLength());
        fields.put("stdoutSha256", entry.stdoutSha256());
        fields.put("stderrLength", entry.stderrLength());
        fields.put("stderrSha256", entry.stderrSha256());
        fields.put("text", entry.text());
        fields.put("previousHash", entry.previousHash());
        return new CanonicalJson().object(fields).toString();
    }

    /** The hash {@code entry} should carry, computed from its other fields. */
    public static String entryHash(EvidenceEntry entry) {
        return sha256Hex(canonicalJson(entry).getBytes(StandardCharsets.UTF_8));
    }

    /** True when the entry's stored hash is the one its fields give. */
    public static boolean hashMatches(EvidenceEntry entry) {
        return entryHash(entry).equals(entry.entryHash());
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A fresh SHA-256 digest (every JDK has one). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
