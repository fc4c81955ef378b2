package dev.incidentconsole.bundle.export;

import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.evidence.CanonicalJson;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The parts of the manifest read straight off the incident record and its entries. */
final class ManifestFacts {

    private ManifestFacts() {
    }

    static BundleManifest.Incident incident(IncidentRecord r) {
        return new BundleManifest.Incident(r.id(), r.title(), r.severity(), r.exercise(), r.operatorName(),
                r.operatorEmail(), r.runbookIds(), r.hostAliases(), new TreeMap<>(r.parameters()),
                instant(r.openedAt()), instant(r.closedAt()));
    }

    /** The incident's hosts, then any other host an entry names, each with every host-key fingerprint recorded. */
    static List<BundleManifest.Host> hosts(IncidentRecord incident, List<EvidenceEntry> timeline) {
        Map<String, String> addresses = new LinkedHashMap<>();
        Map<String, Set<String>> fingerprints = new LinkedHashMap<>();
        for (String alias : incident.hostAliases()) {
            addresses.put(alias, null);
            fingerprints.put(alias, new LinkedHashSet<>());
        }
        for (EvidenceEntry entry : timeline) {
            if (entry.hostAlias() == null) {
                continue;
            }
            Set<String> seen = fingerprints.computeIfAbsent(entry.hostAlias(), alias -> new LinkedHashSet<>());
            if (entry.hostAddress() != null) {
                addresses.put(entry.hostAlias(), entry.hostAddress());
            } else {
                addresses.putIfAbsent(entry.hostAlias(), null);
            }
            if (entry.hostKeyFingerprint() != null) {
                seen.add(entry.hostKeyFingerprint());
            }
        }
        List<BundleManifest.Host> hosts = new ArrayList<>();
        addresses.forEach((alias, address) -> hosts.add(new BundleManifest.Host(alias, address,
                List.copyOf(fingerprints.get(alias)))));
        return hosts;
    }

    /** Each runbook digest the entries name, with the runbook id of the first entry naming it. */
    static Map<String, String> runbookDigests(List<EvidenceEntry> timeline) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (EvidenceEntry entry : timeline) {
            if (entry.runbookSha256() != null) {
                digests.putIfAbsent(entry.runbookSha256(), entry.runbookId());
            }
        }
        return digests;
    }

    static BundleManifest.Chain chain(List<EvidenceEntry> timeline) {
        EvidenceEntry head = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        return new BundleManifest.Chain(timeline.size(), head == null ? 0 : head.seq(),
                head == null ? EvidenceEntry.GENESIS : head.entryHash());
    }

    static String instant(Instant at) {
        return at == null ? null : CanonicalJson.instant(at);
    }
}
