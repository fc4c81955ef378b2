package dev.incidentconsole.incident;

import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;
import dev.incidentconsole.runbook.Step;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * One run of a collect step: the step's files from every host through the same machinery as an ad-hoc collection,
 * reported to a {@link RunListener} the way a command step is, so host states and notifications work alike. The
 * live output gets one line per file; the bytes themselves go only into the evidence.
 */
final class StepCollection {

    private final SessionContext context;
    private final Step step;
    private final CollectionRequest request;
    private final RunListener listener;
    private final Cancellation cancellation;
    private final Map<String, HostTarget> hosts = new LinkedHashMap<>();
    /** Each host's list is only touched by that host's collecting thread. */
    private final Map<String, List<CollectionOutcome.File>> filesByHost = new LinkedHashMap<>();

    StepCollection(SessionContext context, Step step, List<String> paths, List<HostTarget> targets, RunListener listener,
                   Cancellation cancellation) {
        this.context = context;
        this.step = step;
        this.request = new CollectionRequest(paths, targets, step.id());
        this.listener = listener;
        this.cancellation = cancellation;
        for (HostTarget host : request.hosts()) {
            hosts.put(host.alias(), host);
            filesByHost.put(host.alias(), new ArrayList<>());
        }
    }

    StepOutcome run(ExecutorService workers) {
        CollectionOutcome collected = new FileCollection(context, request, new CollectionListener() {
            @Override
            public void fileEnded(CollectionOutcome.File file) {
                reportFile(file);
            }
        }, cancellation).run(workers);
        List<HostOutcome> outcomes = new ArrayList<>();
        for (String alias : hosts.keySet()) {
            outcomes.add(outcomeOf(alias, collected.files().stream().filter(f -> f.hostAlias().equals(alias)).toList()));
        }
        StepState state = StepOutcome.stateOf(outcomes);
        context.store().record(new EntryDraft(context.incident().id(), EntryKind.STATUS, context.runbook().id(),
                step.id(), null, StepStatusText.of(state, collected.summary()), context.operator().label(),
                context.clock().instant()));
        return new StepOutcome(step.id(), state, outcomes);
    }

    private void reportFile(CollectionOutcome.File file) {
        HostTarget host = hosts.get(file.hostAlias());
        byte[] line = (lineFor(file) + "\n").getBytes(StandardCharsets.UTF_8);
        listener.outputOf(host).chunk(OutputSink.Stream.STDOUT, line, 0, line.length, System.nanoTime());
        if (file.entry() != null) {
            listener.commandEnded(host, file.entry());
        }
        List<CollectionOutcome.File> done = filesByHost.get(file.hostAlias());
        done.add(file);
        if (done.size() == request.paths().size()) {
            listener.hostFinished(outcomeOf(file.hostAlias(), done));
        }
    }

    /** Collected whole on this host: every file read to its end without changing under the reader. */
    private static HostOutcome outcomeOf(String alias, List<CollectionOutcome.File> files) {
        boolean passed = files.stream().allMatch(f -> f.collected() != null && f.collected().complete());
        boolean cancelled = files.stream().anyMatch(f -> f.collected() == null || f.collected().status() == ExecStatus.CANCELLED);
        String reason = passed ? null : files.stream().filter(CollectionOutcome.File::noteworthy)
                .map(CollectionOutcome.File::reason).collect(Collectors.joining("; "));
        List<EvidenceEntry> entries = files.stream().map(CollectionOutcome.File::entry).filter(Objects::nonNull).toList();
        return new HostOutcome(alias, passed, cancelled, reason, entries);
    }

    /** For example {@code collected /etc/mcp-server/config.yaml: 2113 bytes, sha256 9f86d08…}. */
    static String lineFor(CollectionOutcome.File file) {
        if (file.collected() == null || !file.collected().complete()) {
            return file.reason();
        }
        return "collected " + file.path() + ": " + file.collected().bytesReceived() + " bytes, sha256 "
                + file.collected().sha256();
    }
}
