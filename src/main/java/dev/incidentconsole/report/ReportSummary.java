package dev.incidentconsole.report;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures at the top of a report. {@code commandsByOutcome} counts COMMAND entries by outcome word,
 * SUCCEEDED first and the rest alphabetically, so the order never depends on the timeline. Step counts cover the
 * steps of the runbooks used plus any other step the entries name; failed includes partially failed.
 */
public record ReportSummary(int entries, int commands, Map<String, Integer> commandsByOutcome, int filesCollected,
                            int hosts, int hostsContacted, int steps, int stepsDone, int stepsSkipped,
                            int stepsFailed, int stepsCancelled, int escalations, int notes) {

    public ReportSummary {
        commandsByOutcome = Collections.unmodifiableMap(new LinkedHashMap<>(commandsByOutcome));
    }

    public int stepsOpen() {
        return steps - stepsDone - stepsSkipped - stepsFailed - stepsCancelled;
    }

    static ReportSummary of(List<EvidenceEntry> timeline, List<HostSummary> hosts, List<StepProgress> steps) {
        Map<String, Integer> alphabetical = new TreeMap<>();
        int commands = 0;
        int files = 0;
        int escalations = 0;
        int notes = 0;
        for (EvidenceEntry entry : timeline) {
            if (entry.kind() == EntryKind.COMMAND) {
                commands++;
                alphabetical.merge(CommandOutcome.of(entry), 1, Integer::sum);
            }
            files += entry.kind() == EntryKind.FILE ? 1 : 0;
            escalations += entry.kind() == EntryKind.ESCALATION ? 1 : 0;
            notes += entry.kind() == EntryKind.NOTE ? 1 : 0;
        }
        Map<String, Integer> byOutcome = new LinkedHashMap<>();
        Integer succeeded = alphabetical.remove(CommandOutcome.SUCCEEDED);
        if (succeeded != null) {
            byOutcome.put(CommandOutcome.SUCCEEDED, succeeded);
        }
        byOutcome.putAll(alphabetical);
        int contacted = (int) hosts.stream().filter(HostSummary::contacted).count();
        return new ReportSummary(timeline.size(), commands, byOutcome, files, hosts.size(), contacted, steps.size(),
                count(steps, StepProgress.State.DONE),
                count(steps, StepProgress.State.SKIPPED),
                (int) steps.stream().filter(step -> step.state().failed()).count(),
                count(steps, StepProgress.State.CANCELLED), escalations, notes);
    }

    private static int count(List<StepProgress> steps, StepProgress.State state) {
        return (int) steps.stream().filter(step -> step.state() == state).count();
    }
}
