package dev.incidentconsole.incident;

import dev.incidentconsole.evidence.EvidenceEntry;
import java.util.List;

/** How a step went on one host: passed, or why not; with the evidence entries its commands left. */
public record HostOutcome(String hostAlias, boolean passed, boolean cancelled, String reason, List<EvidenceEntry> entries) {

    public HostOutcome {
        entries = List.copyOf(entries);
    }
}
