package dev.incidentconsole.incident;

import dev.incidentconsole.remote.HostTarget;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Files to collect from hosts into the evidence: every path from every host, each pair one FILE entry.
 * {@code stepId} is the step the collection belongs to, or null when it belongs to the incident as a whole.
 */
public record CollectionRequest(List<String> paths, List<HostTarget> hosts, String stepId) {

    public CollectionRequest {
        paths = CollectionPaths.check(List.copyOf(paths));
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("choose at least one host to collect files from");
        }
        Set<String> aliases = new HashSet<>();
        for (HostTarget host : hosts) {
            if (!aliases.add(host.alias())) {
                throw new IllegalArgumentException("host '" + host.alias() + "' is listed twice");
            }
        }
    }

    /** How many (host, path) transfers the request makes. */
    public int transfers() {
        return paths.size() * hosts.size();
    }
}
