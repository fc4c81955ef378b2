package dev.incidentconsole.bundle;

import java.util.List;
import java.util.Map;

/**
 * manifest.json: what a bundle holds and who exported it. Written by the exporter and read back strictly by the
 * verifier (unknown or mistyped fields make the manifest unreadable). Instants are strings in the chain's fixed
 * form ({@code 2026-11-21T03:01:00.000000000Z}); digests are lowercase hex SHA-256.
 *
 * @param redacted  true when secrets were masked in this copy; {@code redaction} then says what that means
 * @param entries   every entry of the chain, in seq order
 */
public record BundleManifest(String format, int formatVersion, String appVersion, String exportedAt, boolean redacted,
                             String redaction, Exporter exporter, Incident incident, List<Host> hosts,
                             List<Runbook> runbooks, Chain chain, List<Entry> entries) {

    public BundleManifest {
        hosts = List.copyOf(hosts);
        runbooks = List.copyOf(runbooks);
        entries = List.copyOf(entries);
    }

    /** Who exported and signed: the operator at the console, and the signing principal and key. */
    public record Exporter(String operator, String principal, String keyFingerprint, String publicKey) {
    }

    /** The incident record as stored (masked in a redacted bundle). */
    public record Incident(String id, String title, String severity, boolean exercise, String operatorName,
                           String operatorEmail, List<String> runbookIds, List<String> hostAliases,
                           Map<String, String> parameters, String openedAt, String closedAt) {
    }

    /** A host the incident reached, with every host-key fingerprint its entries recorded. */
    public record Host(String alias, String address, List<String> hostKeyFingerprints) {
    }

    /**
     * A runbook the incident used. {@code status} is {@code included} (text in {@code file}), {@code missing}
     * (entries name this digest but the console did not keep the text) or {@code not-run} (listed by the incident,
     * no entry ran from it, so no digest is known).
     */
    public record Runbook(String id, String sha256, String status, String file, String redactedSha256) {

        public static final String INCLUDED = "included";
        public static final String MISSING = "missing";
        public static final String NOT_RUN = "not-run";
    }

    public record Chain(long entries, long headSeq, String headHash) {
    }

    /**
     * One chain entry. {@code redactedFields} names the canonical fields masked in timeline.jsonl, whose entry hash
     * therefore cannot be recomputed from this bundle.
     */
    public record Entry(long seq, String kind, String entryHash, Stream stdout, Stream stderr,
                        List<String> redactedFields) {

        public Entry {
            redactedFields = redactedFields == null ? List.of() : List.copyOf(redactedFields);
        }
    }

    /**
     * One output stream. {@code length} and {@code sha256} are those of the ORIGINAL bytes (what the chain covers);
     * {@code file} holds them, or in a redacted bundle their masked copy of {@code redactedLength} bytes with
     * digest {@code redactedSha256}. An empty stream has no file.
     */
    public record Stream(long length, String sha256, String file, Long redactedLength, String redactedSha256) {
    }
}
