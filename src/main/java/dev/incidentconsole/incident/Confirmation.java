package dev.incidentconsole.incident;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A responder's explicit yes to running a change step on exactly these hosts. The session refuses a change step
 * without one, or with one that names another step or other hosts.
 */
public record Confirmation(String stepId, Set<String> hostAliases) {

    public Confirmation {
        hostAliases = Set.copyOf(hostAliases);
    }

    public static Confirmation of(String stepId, List<String> hostAliases) {
        return new Confirmation(stepId, new TreeSet<>(hostAliases));
    }

    boolean covers(String step, Set<String> hosts) {
        return stepId.equals(step) && hostAliases.equals(hosts);
    }
}
