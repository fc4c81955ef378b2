package dev.incidentconsole.ui.incident;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.runbook.Step;
import java.util.List;

/** A step about to run on hosts, with the cancellation the responder's Cancel button triggers. */
public record StepRun(Step step, List<HostTarget> hosts, Cancellation cancellation) {

    public StepRun {
        hosts = List.copyOf(hosts);
    }
}
