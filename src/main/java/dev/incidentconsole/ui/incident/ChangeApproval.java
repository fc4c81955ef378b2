package dev.incidentconsole.ui.incident;

import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.runbook.Step;
import java.util.List;

/**
 * Asks the responder whether a change step may run on exactly these hosts. Called on the FX thread before
 * anything is sent; only a {@code true} answer lets the step run.
 */
@FunctionalInterface
public interface ChangeApproval {

    boolean approve(Step step, List<HostTarget> hosts);
}
