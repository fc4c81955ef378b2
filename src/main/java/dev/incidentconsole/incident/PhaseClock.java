package dev.incidentconsole.incident;

import dev.incidentconsole.runbook.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A phase's time box on the incident's clock: it opens and is due at fixed instants after the incident opened.
 * Overdue means due and not all its steps done, which is what a responder must see at a glance.
 */
public record PhaseClock(Phase phase, Instant opensAt, Instant dueAt, Status status) {

    public enum Status { UPCOMING, ACTIVE, OVERDUE, DONE, UNTIMED }

    public static List<PhaseClock> of(List<Phase> phases, Instant incidentOpened, Map<String, StepState> states, Instant now) {
        List<PhaseClock> clocks = new ArrayList<>();
        for (Phase phase : phases) {
            boolean done = phase.steps().stream().allMatch(s -> states.getOrDefault(s.id(), StepState.PENDING).done());
            if (phase.timeBox() == null) {
                clocks.add(new PhaseClock(phase, null, null, done ? Status.DONE : Status.UNTIMED));
                continue;
            }
            Instant opens = incidentOpened.plus(phase.timeBox().from());
            Instant due = incidentOpened.plus(phase.timeBox().to());
            Status status = done ? Status.DONE : now.isAfter(due) ? Status.OVERDUE : now.isBefore(opens) ? Status.UPCOMING : Status.ACTIVE;
            clocks.add(new PhaseClock(phase, opens, due, status));
        }
        return clocks;
    }

    /** Time left until due (negative when overdue); empty for an untimed phase. */
    public java.util.Optional<Duration> remaining(Instant now) {
        return dueAt == null ? java.util.Optional.empty() : java.util.Optional.of(Duration.between(now, dueAt));
    }
}
