package dev.incidentconsole.ui.incident;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.incident.Confirmation;
import dev.incidentconsole.incident.IncidentSession;
import dev.incidentconsole.incident.ParameterValues;
import dev.incidentconsole.incident.RunListener;
import dev.incidentconsole.incident.StepState;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.runbook.Checklist;
import dev.incidentconsole.runbook.Phase;
import dev.incidentconsole.runbook.Runbook;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.runbook.StepKind;
import dev.incidentconsole.ui.common.BackgroundTasks;
import dev.incidentconsole.ui.common.ProblemText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The open incident as the console works it, independent of any control: each step's state, the selected step,
 * running steps on hosts, check-offs, skips, notes and escalations, ticks of the escalation and documentation
 * checklists, and the phase clocks. Every public method is called on the FX thread and every property changes
 * there; store writes and runs go to the executor, which must allow a blocked thread per running step.
 */
public final class IncidentWorkspaceModel {

    private final IncidentSession session;
    private final EvidenceStore store;
    private final List<HostTarget> hosts;
    private final Executor executor;
    private final BackgroundTasks tasks;
    private final ChangeApproval approval;
    private final StepRunWatcher watcher;
    private final Map<String, String> parameterValues;
    private final List<StepItem> steps = new ArrayList<>();
    private final ObjectProperty<StepItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableSet<String> ticks = FXCollections.observableSet();
    private final IncidentClocks clocks;

    /**
     * {@code store} is the session's store, read for the incident's timeline; {@code hosts} are the incident's
     * hosts, resolved; {@code approval} is asked before a change step runs; {@code watcher} receives each run to
     * show its live output.
     */
    public IncidentWorkspaceModel(IncidentSession session, EvidenceStore store, List<HostTarget> hosts, Executor executor,
                                  Clock clock, ChangeApproval approval, StepRunWatcher watcher) {
        this.session = session;
        this.store = store;
        this.hosts = List.copyOf(hosts);
        this.executor = executor;
        this.tasks = new BackgroundTasks(executor);
        this.approval = approval;
        this.watcher = watcher;
        this.parameterValues = ParameterValues.resolve(session.runbook(), session.incident().parameters());
        Map<String, StepState> states = session.states();
        for (Phase phase : session.runbook().phases()) {
            for (Step step : phase.steps()) {
                StepItem item = new StepItem(step, phase, states.get(step.id()));
                item.stateProperty().addListener((obs, was, now) -> refreshClocks());
                steps.add(item);
            }
        }
        this.clocks = new IncidentClocks(session.incident(), session.runbook(), clock, this::currentStates);
        selected.set(steps.stream().filter(item -> !item.state().done()).findFirst().orElse(steps.isEmpty() ? null : steps.get(0)));
    }

    /** Starts the ticking clocks and reads which checklist items were already ticked. */
    public void start() {
        clocks.start();
        tasks.run("Read checklist ticks", () -> ChecklistTicks.restore(store.timeline(session.incident().id())), ticks::addAll, this::failed);
    }

    /** Stops the ticking clocks; runs under way go on and still end in the evidence store. */
    public void stop() {
        clocks.stop();
    }

    public IncidentRecord incident() {
        return session.incident();
    }

    public Runbook runbook() {
        return session.runbook();
    }

    public List<HostTarget> hosts() {
        return hosts;
    }

    /** The parameter values the commands run with, defaults filled in. */
    public Map<String, String> parameterValues() {
        return parameterValues;
    }

    public List<StepItem> steps() {
        return List.copyOf(steps);
    }

    public StepItem item(String stepId) {
        return steps.stream().filter(item -> item.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step '" + stepId + "' in " + runbook().id()));
    }

    public ObjectProperty<StepItem> selectedProperty() {
        return selected;
    }

    public void selectNext() {
        move(1);
    }

    public void selectPrevious() {
        move(-1);
    }

    private void move(int by) {
        if (steps.isEmpty()) return;
        int at = steps.indexOf(selected.get());
        int to = at < 0 ? 0 : Math.max(0, Math.min(steps.size() - 1, at + by));
        selected.set(steps.get(to));
    }

    /** Runs the step on every host of the incident. */
    public void runOnAll(StepItem item) {
        run(item, hosts);
    }

    /** Runs the step on those of the incident's hosts named in {@code aliases}, in the incident's order. */
    public void runOn(StepItem item, Collection<String> aliases) {
        List<String> strangers = aliases.stream().filter(a -> hosts.stream().noneMatch(h -> h.alias().equals(a))).toList();
        if (!strangers.isEmpty()) {
            problem.set(String.join(", ", strangers) + (strangers.size() == 1 ? " is not one of" : " are not among")
                    + " the incident's hosts (" + String.join(", ", aliases(hosts)) + ")");
            return;
        }
        run(item, hosts.stream().filter(h -> aliases.contains(h.alias())).toList());
    }

    private void run(StepItem item, List<HostTarget> targets) {
        Step step = item.step();
        String refusal = refusalToRun(item, targets);
        if (refusal != null) {
            problem.set(refusal);
            return;
        }
        Confirmation confirmation = null;
        if (step.kind() == StepKind.CHANGE) {
            if (!approval.approve(step, targets)) {
                problem.set("");
                status.set("Not run: '" + step.title() + "' was not confirmed, nothing was sent to the hosts");
                return;
            }
            confirmation = Confirmation.of(step.id(), aliases(targets));
        }
        Cancellation cancellation = new Cancellation();
        RunListener listener = watcher.watch(new StepRun(step, targets, cancellation));
        StepState before = item.state();
        Confirmation confirmed = confirmation;
        item.started(cancellation);
        problem.set("");
        status.set("Running '" + step.title() + "' on " + String.join(", ", aliases(targets)) + "\u2026");
        tasks.run("Run " + step.id(), () -> session.run(step.id(), targets, confirmed, listener, cancellation),
                outcome -> {
                    item.finished(outcome.state(), OutcomeText.of(outcome));
                    status.set("'" + step.title() + "' " + outcome.state().label());
                },
                error -> {
                    item.finished(before, "");
                    failed(error);
                });
    }

    private String refusalToRun(StepItem item, List<HostTarget> targets) {
        if (!incident().open()) {
            return incident().id() + " is closed: no more commands run in it; notes can still be added";
        }
        if (!item.step().runsOnHosts()) {
            return "'" + item.step().title() + "' is a manual step: do it, then check it off";
        }
        if (item.busy()) {
            return "'" + item.step().title() + "' is already running; wait for it or cancel it";
        }
        if (targets.isEmpty()) {
            return "choose at least one host to run '" + item.step().title() + "' on";
        }
        return null;
    }

    /** Stops the step's run on every host; the evidence marks what was cut short. */
    public void cancel(StepItem item) {
        Cancellation cancellation = item.cancellation();
        if (cancellation == null || cancellation.isCancelled()) return;
        status.set("Cancelling '" + item.step().title() + "'\u2026");
        // Cancelling signals the remote processes, which is network work.
        executor.execute(cancellation::cancel);
    }

    /** Checks off a step done by hand; the note may be blank. */
    public void checkOff(StepItem item, String note) {
        record(item, "checked off", () -> session.check(item.id(), note), StepState.SUCCEEDED, note);
    }

    public void skip(StepItem item, String reason) {
        if (reason == null || reason.isBlank()) {
            problem.set("skipping '" + item.step().title() + "' needs a reason");
            return;
        }
        record(item, "skipped", () -> session.skip(item.id(), reason.strip()), StepState.SKIPPED, reason.strip());
    }

    private void record(StepItem item, String done, Callable<?> write, StepState result, String text) {
        if (item.busy()) {
            problem.set("'" + item.step().title() + "' is busy; wait until it finishes");
            return;
        }
        StepState before = item.state();
        item.recording();
        problem.set("");
        tasks.run("Record " + item.id(), write, entry -> {
            item.finished(result, text);
            status.set("'" + item.step().title() + "' " + done);
        }, error -> {
            item.finished(before, item.detailProperty().get());
            failed(error);
        });
    }

    public void note(String text) {
        write("Note recorded", text, "a note needs text", () -> session.note(text.strip()));
    }

    public void escalate(String text) {
        write("Escalation recorded", text, "an escalation needs text", () -> session.escalate(text.strip()));
    }

    /** Records that an escalation criterion is met or a documentation requirement is done; a tick stays ticked. */
    public void tick(Checklist checklist, String item) {
        String text = ChecklistTicks.textOf(checklist, item);
        if (ticks.contains(text)) return;
        ticks.add(text);
        Callable<?> entry = ChecklistTicks.kindOf(checklist) == EntryKind.ESCALATION
                ? () -> session.escalate(text) : () -> session.note(text);
        tasks.run("Record " + text, entry, done -> status.set(text), error -> {
            ticks.remove(text);
            failed(error);
        });
    }

    public boolean ticked(Checklist checklist, String item) {
        return ticks.contains(ChecklistTicks.textOf(checklist, item));
    }

    /** Texts of the recorded ticks; watch it to redraw the checklists. */
    public ObservableSet<String> ticks() {
        return FXCollections.unmodifiableObservableSet(ticks);
    }

    private void write(String done, String text, String missing, Callable<?> work) {
        if (text == null || text.isBlank()) {
            problem.set(missing);
            return;
        }
        problem.set("");
        tasks.run(done, work, entry -> status.set(done), this::failed);
    }

    /** The last thing that went wrong, in one sentence; empty after the next action succeeds. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last action did, in a few words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public IncidentClocks clocks() {
        return clocks;
    }

    private void failed(Throwable error) {
        problem.set(ProblemText.describe(error));
    }

    private void refreshClocks() {
        clocks.refresh();
    }

    private Map<String, StepState> currentStates() {
        Map<String, StepState> states = new LinkedHashMap<>();
        steps.forEach(item -> states.put(item.id(), item.state()));
        return states;
    }

    private static List<String> aliases(List<HostTarget> targets) {
        return targets.stream().map(HostTarget::alias).toList();
    }
}
