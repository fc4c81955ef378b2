package dev.incidentconsole.evidence;

import java.util.List;

/**
 * The result of recomputing every output digest and every entry hash. {@code problems} lists each entry that
 * does not match, first one first, in words that name the incident, the sequence number and what differs.
 */
public record ChainVerification(long incidentsChecked, long entriesChecked, List<Problem> problems) {

    public ChainVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    public record Problem(String incidentId, long seq, String what) {
        public String describe() {
            return incidentId + " #" + seq + ": " + what;
        }
    }
}
