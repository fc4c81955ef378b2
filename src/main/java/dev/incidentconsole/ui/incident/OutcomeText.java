package dev.incidentconsole.ui.incident;

import dev.incidentconsole.incident.HostOutcome;
import dev.incidentconsole.incident.StepOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A run's result per host in one line: {@code passed on alpha, beta; failed on gamma (exited 1)}. */
final class OutcomeText {

    private OutcomeText() {
    }

    static String of(StepOutcome outcome) {
        List<String> parts = new ArrayList<>();
        String passed = outcome.hosts().stream().filter(HostOutcome::passed).map(HostOutcome::hostAlias)
                .collect(Collectors.joining(", "));
        String cancelled = outcome.hosts().stream().filter(HostOutcome::cancelled).map(HostOutcome::hostAlias)
                .collect(Collectors.joining(", "));
        String failed = outcome.hosts().stream().filter(h -> !h.passed() && !h.cancelled())
                .map(h -> h.hostAlias() + " (" + h.reason() + ")").collect(Collectors.joining(", "));
        if (!passed.isEmpty()) parts.add("passed on " + passed);
        if (!failed.isEmpty()) parts.add("failed on " + failed);
        if (!cancelled.isEmpty()) parts.add("cancelled on " + cancelled);
        return String.join("; ", parts);
    }
}
