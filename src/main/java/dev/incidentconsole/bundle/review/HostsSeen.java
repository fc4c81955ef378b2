package dev.incidentconsole.bundle.review;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each host an incident reached, as its entries recorded it: address, every host-key fingerprint seen, how many
 * entries ran there and when. More than one fingerprint for a host means its key changed during the incident,
 * which an analyst has to explain.
 */
public final class HostsSeen {

    /** One host; {@code firstAt} and {@code lastAt} are null when no entry ran there. */
    public record Host(String alias, String address, List<String> fingerprints, int entries, Instant firstAt,
                       Instant lastAt) {

        public Host {
            fingerprints = List.copyOf(fingerprints);
        }

        public boolean keyChanged() {
            return fingerprints.size() > 1;
        }
    }

    private HostsSeen() {
    }

    /** The incident's hosts in its order, then any other host an entry names. */
    public static List<Host> of(IncidentRecord incident, List<EvidenceEntry> entries) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        incident.hostAliases().forEach(alias -> tallies.put(alias, new Tally()));
        for (EvidenceEntry entry : entries) {
            if (entry.hostAlias() != null) {
                tallies.computeIfAbsent(entry.hostAlias(), alias -> new Tally()).add(entry);
            }
        }
        List<Host> hosts = new ArrayList<>();
        tallies.forEach((alias, tally) -> hosts.add(new Host(alias, tally.address, List.copyOf(tally.fingerprints),
                tally.entries, tally.first, tally.last)));
        return hosts;
    }

    private static final class Tally {
        private String address;
        private final Set<String> fingerprints = new LinkedHashSet<>();
        private int entries;
        private Instant first;
        private Instant last;

        void add(EvidenceEntry entry) {
            entries++;
            if (entry.hostAddress() != null) {
                address = entry.hostAddress();
            }
            if (entry.hostKeyFingerprint() != null) {
                fingerprints.add(entry.hostKeyFingerprint());
            }
            Instant at = entry.startedAt();
            if (at != null) {
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
    }
}
