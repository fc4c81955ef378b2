package dev.incidentconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.Runbook;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseClockTest {

    private final Runbook runbook = new MarkdownRunbookParser().parse("c.md", String.join("\n",
            "# C", "## First (0-5 minutes)", "1. **Look**", "   ```bash", "   uptime", "   ```",
            "## Second (5-15 minutes)", "2. **Call**", "   Phone them.", "## Whenever", "3. **Tidy**", "   Later.", "")
            .getBytes(StandardCharsets.UTF_8), false).runbooks().get(0);
    private final Instant opened = Instant.parse("2026-11-21T03:00:00Z");

    private List<PhaseClock> at(Duration sinceOpen, Map<String, StepState> states) {
        return PhaseClock.of(runbook.phases(), opened, states, opened.plus(sinceOpen));
    }

    @Test
    void phasesOpenAndFallDueOnTheIncidentsClock() {
        List<PhaseClock> clocks = at(Duration.ofMinutes(2), Map.of());

        assertThat(clocks).extracting(PhaseClock::status).containsExactly(
                PhaseClock.Status.ACTIVE, PhaseClock.Status.UPCOMING, PhaseClock.Status.UNTIMED);
        assertThat(clocks.get(0).dueAt()).isEqualTo(Instant.parse("2026-11-21T03:05:00Z"));
        assertThat(clocks.get(0).remaining(opened.plus(Duration.ofMinutes(2)))).contains(Duration.ofMinutes(3));
    }

    @Test
    void anUnfinishedPhasePastItsBoxIsOverdueAndAFinishedOneIsDone() {
        List<PhaseClock> late = at(Duration.ofMinutes(20), Map.of("look", StepState.SUCCEEDED));

        assertThat(late).extracting(PhaseClock::status).containsExactly(
                PhaseClock.Status.DONE, PhaseClock.Status.OVERDUE, PhaseClock.Status.UNTIMED);
        assertThat(late.get(1).remaining(opened.plus(Duration.ofMinutes(20)))).contains(Duration.ofMinutes(-5));
        assertThat(at(Duration.ofMinutes(20), Map.of("look", StepState.FAILED)).get(0).status())
                .isEqualTo(PhaseClock.Status.OVERDUE);
        assertThat(at(Duration.ofMinutes(1), Map.of("tidy", StepState.SKIPPED)).get(2).status())
                .isEqualTo(PhaseClock.Status.DONE);
    }
}
