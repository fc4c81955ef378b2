package dev.incidentconsole.incident;

import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.Transport;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.runbook.StepKind;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * One open incident worked through one runbook: runs steps on hosts (Transport, then capture, then sealed
 * evidence), checks off manual steps, records notes, skips and escalations, and keeps each step's state. Every
 * state change is itself an evidence entry, so a session resumed later sees exactly what happened.
 */
public final class IncidentSession {

    private final IncidentRecord incident;
    private final Runbook runbook;
    private final Map<String, String> environment;
    private final EvidenceStore store;
    private final Transport transport;
    private final ExecutorService hostWorkers;
    private final Operator operator;
    private final Clock clock;
    private final Map<String, StepState> states = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean runbookTextKept = new java.util.concurrent.atomic.AtomicBoolean();

    /** Opens the session of a stored incident; step states are replayed from its timeline. */
    public IncidentSession(IncidentRecord incident, Runbook runbook, EvidenceStore store, Transport transport,
                           ExecutorService hostWorkers, Operator operator, Clock clock) {
        this.incident = incident;
        this.runbook = runbook;
        this.environment = ParameterValues.resolve(runbook, incident.parameters());
        this.store = store;
        this.transport = transport;
        this.hostWorkers = hostWorkers;
        this.operator = operator;
        this.clock = clock;
        states.putAll(StepStatusText.replay(store.timeline(incident.id())));
    }

    /** A session that records notes, check-offs, skips and escalations, and refuses to run steps. */
    public static IncidentSession forRecording(IncidentRecord incident, Runbook runbook, EvidenceStore store,
                                               Operator operator, Clock clock) {
        return new IncidentSession(incident, runbook, store, new NoTransport(), null, operator, clock);
    }

    public IncidentRecord incident() {
        return incident;
    }

    public Runbook runbook() {
        return runbook;
    }

    public StepState state(String stepId) {
        return states.getOrDefault(stepId, StepState.PENDING);
    }

    public Map<String, StepState> states() {
        Map<String, StepState> all = new java.util.LinkedHashMap<>();
        runbook.steps().forEach(s -> all.put(s.id(), state(s.id())));
        return all;
    }

    /**
     * Runs a step's commands on every host in parallel, each host's commands in order, stopping a host at its
     * first failing command. A change step needs a confirmation naming the step and exactly these hosts. A collect
     * step copies its files from every host instead (one FILE entry per host and path) and succeeds only when every
     * file came whole from every host; a parameter value that cannot stand in a path refuses the run.
     */
    public StepOutcome run(String stepId, List<HostTarget> hosts, Confirmation confirmation, RunListener listener,
                           Cancellation cancellation) {
        Step step = step(stepId);
        if (step.kind() == StepKind.MANUAL) {
            throw new IllegalStateException("step '" + stepId + "' is a manual step: check it off instead of running it");
        }
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("choose at least one host to run '" + stepId + "' on");
        }
        if (hostWorkers == null) {
            throw new IllegalStateException("this session only records; it does not run steps");
        }
        if (step.collects() && !step.commands().isEmpty()) {
            throw new IllegalStateException("step '" + step.title() + "' both runs commands and collects files;"
                    + " the runbook must keep them in separate steps");
        }
        // Refused here, before the step is marked running or anything is recorded or sent.
        List<String> paths = step.collects() ? StepPaths.resolve(step, environment, runbook.parameters().stream()
                .filter(p -> p.type() == dev.incidentconsole.runbook.ParameterType.PATH).map(p -> p.name())
                .collect(Collectors.toSet())) : List.of();
        Set<String> aliases = hosts.stream().map(HostTarget::alias).collect(Collectors.toCollection(TreeSet::new));
        if (step.kind() == StepKind.CHANGE) {
            if (confirmation == null || !confirmation.covers(stepId, aliases)) {
                throw new ChangeNotConfirmed("step '" + step.title() + "' changes hosts; it runs only after a confirmation"
                        + " naming it and the hosts " + String.join(", ", aliases));
            }
            status(stepId, "change confirmed by " + operator.label() + " for " + String.join(", ", aliases));
        }
        keepRunbookText();
        StepState before = states.put(stepId, StepState.RUNNING);
        StepOutcome outcome;
        try {
            outcome = step.collects()
                    ? new StepCollection(context(), step, paths, hosts, listener, cancellation).run(hostWorkers)
                    : new StepExecution(context(), step, hosts, listener, cancellation).run(hostWorkers);
        } catch (RuntimeException e) {
            // What was sealed stays sealed; the step shows its last recorded state and can be run again.
            states.compute(stepId, (id, running) -> before);
            throw e;
        }
        states.put(stepId, outcome.state());
        return outcome;
    }

    /**
     * Copies every path of {@code request} from every host into the evidence, hosts in parallel, one FILE entry per
     * (host, path) whatever became of the transfer. Returns once every entry is sealed; cancelling stops transfers
     * under way (their entries keep the bytes read so far) and starts no more.
     */
    public CollectionOutcome collect(CollectionRequest request, CollectionListener listener, Cancellation cancellation) {
        if (hostWorkers == null) {
            throw new IllegalStateException("this session only records; it does not collect files from hosts");
        }
        if (!incident.open()) {
            throw new IllegalStateException(incident.id() + " is closed: no more files can be collected into it");
        }
        if (request.stepId() != null) {
            step(request.stepId());
        }
        keepRunbookText();
        return new FileCollection(context(), request, listener, cancellation).run(hostWorkers);
    }

    /** The first time this session leaves evidence, the store keeps the runbook's exact text for bundles. */
    private void keepRunbookText() {
        if (runbook.source().text() != null && runbookTextKept.compareAndSet(false, true)) {
            store.keepRunbookText(runbook.source().location(), runbook.source().bytes());
        }
    }

    private SessionContext context() {
        return new SessionContext(incident, runbook, environment, store, transport, operator, clock);
    }

    /** Checks off a manual step (or confirms by hand that a step is done), with an optional note. */
    public EvidenceEntry check(String stepId, String note) {
        Step step = step(stepId);
        EvidenceEntry entry = record(EntryKind.CHECK, step.id(), note == null || note.isBlank() ? "checked" : note);
        status(stepId, StepStatusText.of(StepState.SUCCEEDED, "checked off by " + operator.label()));
        states.put(stepId, StepState.SUCCEEDED);
        return entry;
    }

    public EvidenceEntry skip(String stepId, String reason) {
        Step step = step(stepId);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("skipping '" + step.title() + "' needs a reason");
        }
        EvidenceEntry entry = record(EntryKind.SKIP, stepId, reason);
        status(stepId, StepStatusText.of(StepState.SKIPPED, reason));
        states.put(stepId, StepState.SKIPPED);
        return entry;
    }

    public EvidenceEntry note(String text) {
        return record(EntryKind.NOTE, null, text);
    }

    public EvidenceEntry escalate(String text) {
        return record(EntryKind.ESCALATION, null, text);
    }

    private EvidenceEntry record(EntryKind kind, String stepId, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " needs text");
        }
        keepRunbookText();
        return store.record(new EntryDraft(incident.id(), kind, runbook.id(), stepId, null, text, operator.label(), clock.instant()));
    }

    private void status(String stepId, String text) {
        store.record(new EntryDraft(incident.id(), EntryKind.STATUS, runbook.id(), stepId, null, text, operator.label(), clock.instant()));
    }

    private Step step(String stepId) {
        return runbook.step(stepId).orElseThrow(() -> new IllegalArgumentException(
                "runbook '" + runbook.id() + "' has no step '" + stepId + "'; its steps are "
                        + runbook.steps().map(Step::id).collect(Collectors.joining(", "))));
    }
}
