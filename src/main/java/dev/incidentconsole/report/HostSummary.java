package dev.incidentconsole.report;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the evidence says about one host: the addresses and users it was reached at, every host-key fingerprint
 * it presented (more than one deserves a look) and the range of its measured clock offsets (remote minus local),
 * which a reader needs before comparing remote log times with the timeline. Offsets are null when never measured.
 */
public record HostSummary(String alias, List<String> addresses, List<String> remoteUsers, List<String> fingerprints,
                          Long minClockOffsetMillis, Long maxClockOffsetMillis, int commands, int files) {

    public HostSummary {
        addresses = List.copyOf(addresses);
        remoteUsers = List.copyOf(remoteUsers);
        fingerprints = List.copyOf(fingerprints);
    }

    public boolean contacted() {
        return commands + files > 0;
    }

    public boolean fingerprintChanged() {
        return fingerprints.size() > 1;
    }

    /** The incident's hosts in the order given when it opened, then any other host the entries name. */
    static List<HostSummary> of(IncidentRecord incident, List<EvidenceEntry> timeline) {
        Map<String, Builder> hosts = new LinkedHashMap<>();
        incident.hostAliases().forEach(alias -> hosts.put(alias, new Builder(alias)));
        for (EvidenceEntry entry : timeline) {
            if (entry.hostAlias() != null && !entry.hostAlias().isBlank()) {
                hosts.computeIfAbsent(entry.hostAlias(), Builder::new).add(entry);
            }
        }
        List<HostSummary> summaries = new ArrayList<>();
        hosts.values().forEach(builder -> summaries.add(builder.build()));
        return List.copyOf(summaries);
    }

    private static final class Builder {
        private final String alias;
        private final Set<String> addresses = new LinkedHashSet<>();
        private final Set<String> users = new LinkedHashSet<>();
        private final Set<String> fingerprints = new LinkedHashSet<>();
        private Long minOffset;
        private Long maxOffset;
        private int commands;
        private int files;

        Builder(String alias) {
            this.alias = alias;
        }

        void add(EvidenceEntry entry) {
            addIfPresent(addresses, entry.hostAddress());
            addIfPresent(users, entry.remoteUser());
            addIfPresent(fingerprints, entry.hostKeyFingerprint());
            Long offset = entry.clockOffsetMillis();
            if (offset != null) {
                minOffset = minOffset == null ? offset : Math.min(minOffset, offset);
                maxOffset = maxOffset == null ? offset : Math.max(maxOffset, offset);
            }
            switch (entry.kind()) {
                case COMMAND -> commands++;
                case FILE -> files++;
                default -> { }
            }
        }

        private static void addIfPresent(Set<String> values, String value) {
            if (value != null && !value.isBlank()) {
                values.add(value);
            }
        }

        HostSummary build() {
            return new HostSummary(alias, List.copyOf(addresses), List.copyOf(users), List.copyOf(fingerprints),
                    minOffset, maxOffset, commands, files);
        }
    }
}
