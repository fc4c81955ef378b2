package dev.incidentconsole.runbook;

import java.util.List;
import java.util.Optional;

/** A heading of the runbook that holds steps, with an optional time box measured from incident start. */
public record Phase(String title, TimeBox timeBox, List<Step> steps, int line) {

    public Phase {
        steps = List.copyOf(steps);
    }

    public Optional<TimeBox> timeBoxIfAny() {
        return Optional.ofNullable(timeBox);
    }
}
