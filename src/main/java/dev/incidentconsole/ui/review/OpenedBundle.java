package dev.incidentconsole.ui.review;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.review.AnalystNotes;
import dev.incidentconsole.bundle.review.BundleEvidence;
import dev.incidentconsole.bundle.review.HostsSeen;
import dev.incidentconsole.bundle.review.StepOutputs;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Everything the review tabs show, read in the background once the bundle has been verified. */
record OpenedBundle(BundleEvidence evidence, IncidentRecord incident, AnalystNotes notes, List<HostsSeen.Host> hosts,
                    StepOutputs stepOutputs, List<String> stepIds, String reportMarkdown) {

    private static final int MAX_REPORT_BYTES = 32 * 1024 * 1024;

    /** Opens the bundle and the analyst's notes on it; closes the bundle again if anything fails. */
    static OpenedBundle read(Path bundle, Path notesFolder) throws IOException {
        BundleEvidence evidence = BundleEvidence.open(bundle);
        try {
            IncidentRecord incident = evidence.incidents().get(0);
            List<EvidenceEntry> timeline = evidence.timeline(incident.id());
            String report = evidence.text(BundleLayout.REPORT_MD, MAX_REPORT_BYTES)
                    .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                    .orElse("This bundle has no " + BundleLayout.REPORT_MD + ".");
            List<String> stepIds = timeline.stream().map(EvidenceEntry::stepId).filter(Objects::nonNull).distinct().toList();
            return new OpenedBundle(evidence, incident, AnalystNotes.open(notesFolder, bundle),
                    HostsSeen.of(incident, timeline), new StepOutputs(evidence, timeline), stepIds, report);
        } catch (IOException | RuntimeException e) {
            evidence.close();
            throw e;
        }
    }
}
