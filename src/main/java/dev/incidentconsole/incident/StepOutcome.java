package dev.incidentconsole.incident;

import java.util.List;

/** The result of running a step on its hosts. */
public record StepOutcome(String stepId, StepState state, List<HostOutcome> hosts) {

    public StepOutcome {
        hosts = List.copyOf(hosts);
    }

    static StepState stateOf(List<HostOutcome> hosts) {
        long passed = hosts.stream().filter(HostOutcome::passed).count();
        if (passed == hosts.size()) return StepState.SUCCEEDED;
        if (hosts.stream().anyMatch(HostOutcome::cancelled)) return StepState.CANCELLED;
        return passed == 0 ? StepState.FAILED : StepState.PARTIALLY_FAILED;
    }
}
