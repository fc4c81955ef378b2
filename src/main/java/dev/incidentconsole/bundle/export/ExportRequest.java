package dev.incidentconsole.bundle.export;

import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.report.ReportNarrative;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to export and how.
 *
 * @param target    the bundle file to create; it must not exist yet (bundles are never overwritten)
 * @param operator  who is exporting, as the custody entry and the manifest name them
 * @param redact    mask secrets in every file of the bundle (the chain's digests stay those of the originals)
 * @param compress  deflate the outputs too: a smaller bundle, but export and verify run at the speed of deflate
 *                  (about 100 MB/s) instead of that of hashing; by default outputs are stored as they are
 * @param narrative the report's hand-written sections; null for none
 */
public record ExportRequest(String incidentId, Path target, BundleSigner signer, String operator, boolean redact,
                            boolean compress, ReportNarrative narrative) {

    public ExportRequest {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(signer, "signer");
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("an export needs the name of the operator who makes it");
        }
        narrative = narrative == null ? ReportNarrative.blank() : narrative;
    }
}
