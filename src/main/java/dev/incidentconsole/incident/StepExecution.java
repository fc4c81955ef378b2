package dev.incidentconsole.incident;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.CommandEnd;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.runbook.Command;
import dev.incidentconsole.runbook.Step;
import dev.incidentconsole.runbook.StepKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * One run of a step on its hosts, each host's commands in order on a worker, a host stopping at its first failing
 * command. A host's verdict is known as soon as its last command ends, before that command's entry is sealed; the
 * last host to get there queues the step's status entry, so that entry and the final seal share one commit.
 */
final class StepExecution {

    private final SessionContext context;
    private final Step step;
    private final List<HostTarget> hosts;
    private final RunListener listener;
    private final Cancellation cancellation;
    private final AtomicInteger hostsWithoutVerdict;
    private final Map<String, HostOutcome> verdicts = new ConcurrentHashMap<>();
    private volatile CompletableFuture<EvidenceEntry> statusEntry;
    private volatile StepState finalState;

    StepExecution(SessionContext context, Step step, List<HostTarget> hosts, RunListener listener, Cancellation cancellation) {
        this.context = context;
        this.step = step;
        this.hosts = List.copyOf(hosts);
        this.listener = listener;
        this.cancellation = cancellation;
        this.hostsWithoutVerdict = new AtomicInteger(hosts.size());
    }

    StepOutcome run(ExecutorService workers) {
        List<Future<HostOutcome>> futures = new ArrayList<>();
        for (HostTarget host : hosts) {
            futures.add(workers.submit(() -> {
                HostOutcome outcome = runOnHost(host);
                listener.hostFinished(outcome);
                return outcome;
            }));
        }
        List<HostOutcome> outcomes = new ArrayList<>();
        for (Future<HostOutcome> future : futures) {
            outcomes.add(await(future));
        }
        EvidenceStore.await(statusEntry);
        return new StepOutcome(step.id(), finalState, outcomes);
    }

    private HostOutcome runOnHost(HostTarget host) {
        List<EvidenceEntry> entries = new ArrayList<>();
        List<Command> commands = step.commands();
        for (int i = 0; i < commands.size(); i++) {
            if (cancellation.isCancelled()) {
                return verdict(new HostOutcome(host.alias(), false, true, "cancelled", entries));
            }
            Command command = commands.get(i);
            CommandSpec spec = new CommandSpec(command.script(), command.shell().equals("bash") ? "bash" : "sh",
                    context.environment(), command.effectiveTimeout(), CommandSpec.newRunTag());
            CaptureSink sink = new CaptureSink(start(host, spec), listener.outputOf(host));
            ExecResult result = context.transport().exec(host, spec, sink, cancellation);
            CompletableFuture<EvidenceEntry> sealing = sink.capture().sealLater(end(result));
            Optional<String> failure = Expectations.failure(command, result, sink.stdoutHead());
            HostOutcome verdict = null;
            if (failure.isPresent()) {
                verdict = new HostOutcome(host.alias(), false, result.status() == ExecStatus.CANCELLED, failure.get(), List.of());
            } else if (i == commands.size() - 1) {
                verdict = new HostOutcome(host.alias(), true, false, null, List.of());
            }
            if (verdict != null) {
                verdict(verdict); // before waiting for the seal, so the step's status can join its commit
            }
            EvidenceEntry sealed = EvidenceStore.await(sealing);
            entries.add(sealed);
            listener.commandEnded(host, sealed);
            if (verdict != null) {
                return new HostOutcome(host.alias(), verdict.passed(), verdict.cancelled(), verdict.reason(), entries);
            }
        }
        return verdict(new HostOutcome(host.alias(), true, false, null, entries));
    }

    /** A command that changes a host is on record before it is sent; a read may be recorded while it starts. */
    private CommandCapture start(HostTarget host, CommandSpec spec) {
        CommandStart start = new CommandStart(context.incident().id(), EntryKind.COMMAND, context.runbook().id(),
                context.runbook().source().sha256(), step.id(), host.alias(), host.hostName() + ":" + host.port(),
                host.user(), spec.remoteCommandLine(spec.runTag()), context.environment(), context.operator().label(),
                context.clock().instant());
        return step.kind() == StepKind.CHANGE ? context.store().startCommand(start) : context.store().startReadOnlyCommand(start);
    }

    private static CommandEnd end(ExecResult result) {
        return new CommandEnd(result.ended(), result.duration().toNanos(), result.exitCode(), result.exitSignal(),
                result.status().name(), completeness(result.status()), result.hostKeyFingerprint(),
                result.clockOffset() == null ? null : result.clockOffset().toMillis(), result.detail());
    }

    private HostOutcome verdict(HostOutcome outcome) {
        verdicts.put(outcome.hostAlias(), outcome);
        if (hostsWithoutVerdict.decrementAndGet() == 0) {
            List<HostOutcome> all = hosts.stream().map(h -> verdicts.get(h.alias())).collect(Collectors.toList());
            StepState state = StepOutcome.stateOf(all);
            finalState = state;
            statusEntry = context.store().recordLater(new EntryDraft(context.incident().id(), EntryKind.STATUS,
                    context.runbook().id(), step.id(), null, StepStatusText.of(state, summary(all)),
                    context.operator().label(), context.clock().instant()));
        }
        return outcome;
    }

    private static String summary(List<HostOutcome> outcomes) {
        String passed = outcomes.stream().filter(HostOutcome::passed).map(HostOutcome::hostAlias).collect(Collectors.joining(", "));
        String failed = outcomes.stream().filter(o -> !o.passed()).map(o -> o.hostAlias() + " (" + o.reason() + ")")
                .collect(Collectors.joining(", "));
        return (passed.isEmpty() ? "" : "passed on " + passed) + (failed.isEmpty() ? "" : (passed.isEmpty() ? "" : "; ") + "failed on " + failed);
    }

    /** How much of its output an entry holds, given how its transfer or command ended. */
    static Completeness completeness(ExecStatus status) {
        switch (status) {
            case TIMED_OUT: return Completeness.TIMED_OUT;
            case CANCELLED: return Completeness.CANCELLED;
            case CONNECTION_LOST: return Completeness.CONNECTION_LOST;
            default: return Completeness.COMPLETE;
        }
    }

    private static HostOutcome await(Future<HostOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for hosts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("running a step failed unexpectedly", e.getCause());
        }
    }
}
