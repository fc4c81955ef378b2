package dev.incidentconsole.bundle.export;

import dev.incidentconsole.evidence.CanonicalJson;
import java.time.Instant;

/** The custody entry an export leaves in its incident: who exported what, when, signed how, with which digests. */
final class CustodyText {

    private CustodyText() {
    }

    static String of(String operator, Instant at, String fileName, String principal, String fingerprint,
                     String sumsSha256, String zipSha256, long zipBytes, long entries, long headSeq, String headHash,
                     boolean redacted) {
        return (redacted ? "Redacted evidence bundle" : "Evidence bundle") + " exported by " + operator
                + " at " + CanonicalJson.instant(at) + ": " + fileName + " (" + zipBytes + " bytes, " + entries
                + " entries up to #" + headSeq + " " + headHash + "). Signed as " + principal + " with key " + fingerprint
                + ". SHA-256 of SHA256SUMS: " + sumsSha256 + ". SHA-256 of the zip: " + zipSha256 + ".";
    }
}
