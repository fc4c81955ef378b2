package dev.incidentconsole.report;

import dev.incidentconsole.evidence.EvidenceEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * A cheap look at how the given entries link, not a verification: the store recomputes the hashes. A report
 * must not name a chain head as if the timeline were whole when an entry is missing or out of place, so each
 * break in numbering or linking is named.
 */
final class ChainLinks {

    private ChainLinks() {
    }

    /** Empty when the entries number 1, 2, 3... and each names the previous entry's hash. */
    static List<String> breaks(List<EvidenceEntry> timeline) {
        List<String> breaks = new ArrayList<>();
        EvidenceEntry previous = null;
        for (EvidenceEntry entry : timeline) {
            long expectedSeq = previous == null ? 1 : previous.seq() + 1;
            String expectedHash = previous == null ? EvidenceEntry.GENESIS : previous.entryHash();
            if (entry.seq() != expectedSeq) {
                breaks.add("entry " + entry.seq() + " follows " + (previous == null ? "nothing" : "entry " + previous.seq())
                        + "; expected entry " + expectedSeq);
            } else if (!expectedHash.equals(entry.previousHash())) {
                breaks.add("entry " + entry.seq() + " does not name the hash of "
                        + (previous == null ? "the chain start" : "entry " + previous.seq()));
            }
            previous = entry;
        }
        return List.copyOf(breaks);
    }
}
