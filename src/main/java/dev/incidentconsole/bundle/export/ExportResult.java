package dev.incidentconsole.bundle.export;

import dev.incidentconsole.evidence.EvidenceEntry;
import java.nio.file.Path;
import java.util.List;

/**
 * A finished export.
 *
 * @param sumsSha256      SHA-256 of the bundle's SHA256SUMS, the file the signature covers
 * @param zipSha256       SHA-256 of the whole zip as written
 * @param missingRunbooks digests named by entries whose runbook text the store did not keep
 * @param custody         the STATUS entry recorded in the incident for this export
 */
public record ExportResult(Path bundle, long zipBytes, String zipSha256, String sumsSha256, long entries,
                           String headHash, boolean redacted, List<String> missingRunbooks, EvidenceEntry custody) {

    public ExportResult {
        missingRunbooks = List.copyOf(missingRunbooks);
    }
}
