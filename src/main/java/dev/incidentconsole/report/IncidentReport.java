package dev.incidentconsole.report;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report shows, computed once from an incident's evidence, so each writer only lays it out. The
 * generation time is an input, never the clock: the same evidence and time always give the same report.
 */
public final class IncidentReport {

    private final IncidentRecord incident;
    private final List<EvidenceEntry> timeline;
    private final List<Runbook> runbooks;
    private final ReportNarrative narrative;
    private final Instant generatedAt;
    private final List<HostSummary> hosts;
    private final List<StepProgress> steps;
    private final ReportSummary summary;
    private final List<String> chainBreaks;

    /**
     * @param timeline the incident's entries (as {@code EvidenceStore.timeline} gives them); put in sequence order
     * @param runbooks the runbooks used, to name steps; entries of other runbooks still appear, by step id
     * @param narrative the responder's sections; null means none written yet
     * @throws IllegalArgumentException if an entry belongs to another incident
     */
    public IncidentReport(IncidentRecord incident, List<EvidenceEntry> timeline, List<Runbook> runbooks,
                          ReportNarrative narrative, Instant generatedAt) {
        this.incident = Objects.requireNonNull(incident, "incident");
        this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
        this.narrative = narrative == null ? ReportNarrative.blank() : narrative;
        this.runbooks = List.copyOf(runbooks);
        this.timeline = timeline.stream().sorted(Comparator.comparingLong(EvidenceEntry::seq)).toList();
        for (EvidenceEntry entry : this.timeline) {
            if (!incident.id().equals(entry.incidentId())) {
                throw new IllegalArgumentException("entry " + entry.seq() + " belongs to incident "
                        + entry.incidentId() + ", not " + incident.id());
            }
        }
        this.hosts = HostSummary.of(incident, this.timeline);
        this.steps = StepProgress.of(this.runbooks, this.timeline);
        this.summary = ReportSummary.of(this.timeline, hosts, steps);
        this.chainBreaks = ChainLinks.breaks(this.timeline);
    }

    public IncidentRecord incident() {
        return incident;
    }

    /** Every entry, in sequence order. */
    public List<EvidenceEntry> timeline() {
        return timeline;
    }

    public List<Runbook> runbooks() {
        return runbooks;
    }

    public ReportNarrative narrative() {
        return narrative;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public List<HostSummary> hosts() {
        return hosts;
    }

    public List<StepProgress> steps() {
        return steps;
    }

    public ReportSummary summary() {
        return summary;
    }

    public boolean exercise() {
        return incident.exercise();
    }

    /** The title a reader sees first; a drill says so before anything else. */
    public String displayTitle() {
        String title = incident.title() == null || incident.title().isBlank() ? "Untitled incident" : incident.title();
        return exercise() ? "EXERCISE: " + title : title;
    }

    /** Opened to closed; while the incident is open, opened to the generation time. */
    public Duration duration() {
        Instant end = incident.closedAt() == null ? generatedAt : incident.closedAt();
        return Duration.between(incident.openedAt(), end);
    }

    public List<EvidenceEntry> entriesOf(EntryKind kind) {
        return timeline.stream().filter(entry -> entry.kind() == kind).toList();
    }

    /** The hash of the last entry: whoever holds it can tell whether the chain was cut short or altered. */
    public Optional<String> chainHead() {
        return timeline.isEmpty() ? Optional.empty() : Optional.ofNullable(timeline.get(timeline.size() - 1).entryHash());
    }

    /** Breaks in numbering or linking among the given entries; empty when they link as a whole chain. */
    public List<String> chainBreaks() {
        return chainBreaks;
    }

    /** {@code 2. Check disk space (check-disk)}, or the bare step id when no given runbook holds it; null if none. */
    public String stepLabel(EvidenceEntry entry) {
        if (entry.stepId() == null || entry.stepId().isBlank()) {
            return null;
        }
        return step(entry.runbookId(), entry.stepId())
                .map(step -> step.number() + ". " + step.title() + " (" + entry.stepId() + ")")
                .orElse(entry.stepId());
    }

    private Optional<Step> step(String runbookId, String stepId) {
        return runbooks.stream().filter(runbook -> runbook.id().equals(runbookId)).findFirst()
                .flatMap(runbook -> runbook.step(stepId));
    }
}
