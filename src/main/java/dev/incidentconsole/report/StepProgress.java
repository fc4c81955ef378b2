package dev.incidentconsole.report;

import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.runbook.Phase;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step's state, read from the timeline. The incident session records each state change as a STATUS entry
 * ({@code state SUCCEEDED: ...}); that is its verdict, expectations included, so it wins. Where no such entry
 * exists the state is derived: the latest word wins, a check-off or skip decides until a later command runs, and
 * commands count per host by their latest run. {@code phase}, {@code number} and {@code title} are null for a
 * step that no given runbook holds.
 */
public record StepProgress(String runbookId, String stepId, String phase, Integer number, String title, State state) {

    public enum State {
        NOT_STARTED, IN_PROGRESS, DONE, SKIPPED, FAILED, PARTIALLY_FAILED, CANCELLED;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        public boolean failed() {
            return this == FAILED || this == PARTIALLY_FAILED;
        }
    }

    private static final Pattern STATUS_STATE = Pattern.compile("^state ([A-Z_]+)\\b");

    /** Every step of the runbooks in their order, then steps the timeline names that no runbook holds. */
    static List<StepProgress> of(List<Runbook> runbooks, List<EvidenceEntry> timeline) {
        Map<StepKey, List<EvidenceEntry>> byStep = new LinkedHashMap<>();
        for (EvidenceEntry entry : timeline) {
            if (entry.stepId() != null && !entry.stepId().isBlank()) {
                byStep.computeIfAbsent(new StepKey(entry.runbookId(), entry.stepId()), k -> new ArrayList<>()).add(entry);
            }
        }
        List<StepProgress> steps = new ArrayList<>();
        for (Runbook runbook : runbooks) {
            for (Phase phase : runbook.phases()) {
                for (Step step : phase.steps()) {
                    List<EvidenceEntry> entries = byStep.remove(new StepKey(runbook.id(), step.id()));
                    steps.add(new StepProgress(runbook.id(), step.id(), phase.title(), step.number(), step.title(),
                            stateOf(entries)));
                }
            }
        }
        byStep.forEach((key, entries) ->
                steps.add(new StepProgress(key.runbookId(), key.stepId(), null, null, null, stateOf(entries))));
        return List.copyOf(steps);
    }

    private record StepKey(String runbookId, String stepId) {
    }

    static State stateOf(List<EvidenceEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            return State.NOT_STARTED;
        }
        State decided = null;
        Map<String, EvidenceEntry> latestByHost = new HashMap<>();
        for (EvidenceEntry entry : entries) {
            switch (entry.kind()) {
                case CHECK -> decided = State.DONE;
                case SKIP -> decided = State.SKIPPED;
                case COMMAND, FILE -> {
                    latestByHost.put(String.valueOf(entry.hostAlias()), entry);
                    decided = fromCommands(latestByHost.values());
                }
                case STATUS -> {
                    State recorded = recordedState(entry.text());
                    decided = recorded == null ? decided : recorded;
                }
                default -> { }
            }
        }
        return decided == null ? State.IN_PROGRESS : decided;
    }

    /** As the session judges a run: all passed, any cancelled, none passed, or some. */
    private static State fromCommands(Iterable<EvidenceEntry> latest) {
        int total = 0;
        int passed = 0;
        boolean cancelled = false;
        for (EvidenceEntry entry : latest) {
            total++;
            passed += CommandOutcome.succeeded(entry) ? 1 : 0;
            cancelled |= entry.completeness() == Completeness.CANCELLED;
        }
        if (passed == total) return State.DONE;
        if (cancelled) return State.CANCELLED;
        return passed == 0 ? State.FAILED : State.PARTIALLY_FAILED;
    }

    /** The session's words for step states, mapped to ours; null for text that is not a state change. */
    private static State recordedState(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = STATUS_STATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        switch (m.group(1)) {
            case "PENDING": return State.NOT_STARTED;
            case "RUNNING": return State.IN_PROGRESS;
            case "SUCCEEDED": return State.DONE;
            case "SKIPPED": return State.SKIPPED;
            case "FAILED": return State.FAILED;
            case "PARTIALLY_FAILED": return State.PARTIALLY_FAILED;
            case "CANCELLED": return State.CANCELLED;
            default: return null;
        }
    }
}
