package dev.incidentconsole.incident;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.CommandEnd;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One collection: each host on a worker of its own, its paths one after another. Each (host, path) is a FILE
 * entry opened and committed before the transfer starts, so a console that dies mid-transfer leaves an entry
 * that says so; the bytes go into the entry's stdout as they arrive and the entry is sealed with the file's facts.
 */
final class FileCollection {

    private final SessionContext context;
    private final CollectionRequest request;
    private final CollectionListener listener;
    private final Cancellation cancellation;

    FileCollection(SessionContext context, CollectionRequest request, CollectionListener listener, Cancellation cancellation) {
        this.context = context;
        this.request = request;
        this.listener = listener;
        this.cancellation = cancellation;
    }

    CollectionOutcome run(ExecutorService workers) {
        List<Future<List<CollectionOutcome.File>>> perHost = new ArrayList<>();
        for (HostTarget host : request.hosts()) {
            perHost.add(workers.submit(() -> collectFrom(host)));
        }
        List<CollectionOutcome.File> files = new ArrayList<>();
        for (Future<List<CollectionOutcome.File>> future : perHost) {
            files.addAll(await(future));
        }
        return new CollectionOutcome(files);
    }

    private List<CollectionOutcome.File> collectFrom(HostTarget host) {
        List<CollectionOutcome.File> files = new ArrayList<>();
        CollectedFile unreachable = null;
        for (String path : request.paths()) {
            CollectionOutcome.File file;
            if (cancellation.isCancelled()) {
                file = new CollectionOutcome.File(host.alias(), path, null, null,
                        host.alias() + ":" + path + ": not collected, cancelled before it started");
            } else if (unreachable != null) {
                // One failed connection is enough: trying again per path would only wait out the same timeout.
                file = notTried(host, path, unreachable);
            } else {
                file = collect(host, path);
                if (file.collected() != null && !reached(file.collected().status())) {
                    unreachable = file.collected();
                }
            }
            files.add(file);
            listener.fileEnded(file);
        }
        return files;
    }

    private CollectionOutcome.File collect(HostTarget host, String path) {
        CommandCapture capture = context.store().startCommand(start(host, path));
        CollectedFile collected;
        try {
            collected = context.transport().collect(host, path, (data, offset, length) -> {
                capture.append(OutputStreamKind.STDOUT, data, offset, length);
                listener.received(host, path, length);
            }, cancellation);
        } catch (RuntimeException e) {
            String reason = host.alias() + ":" + path + ": collecting stopped unexpectedly: " + e.getMessage();
            EvidenceEntry entry = capture.seal(new CommandEnd(context.clock().instant(), 0, null, null,
                    ExecStatus.FAILED.name(), Completeness.INTERRUPTED, null, null, reason));
            return new CollectionOutcome.File(host.alias(), path, null, entry, reason);
        }
        EvidenceEntry entry = capture.seal(end(collected));
        return new CollectionOutcome.File(host.alias(), path, collected, entry, collected.detail());
    }

    /** Recorded like a transfer that failed to connect, with the first attempt's reason. */
    private CollectionOutcome.File notTried(HostTarget host, String path, CollectedFile first) {
        Instant now = context.clock().instant();
        String reason = host.alias() + ":" + path + ": not tried, the host could not be reached for an earlier file ("
                + first.detail() + ")";
        CollectedFile collected = new CollectedFile(host.alias(), path, null, null, null, null, null, null, null, 0,
                first.status(), null, first.hostKeyFingerprint(), now, now, reason);
        EvidenceEntry entry = context.store().startCommand(start(host, path)).seal(end(collected));
        return new CollectionOutcome.File(host.alias(), path, collected, entry, reason);
    }

    private CommandStart start(HostTarget host, String path) {
        return new CommandStart(context.incident().id(), EntryKind.FILE, context.runbook().id(),
                context.runbook().source().sha256(), request.stepId(), host.alias(), host.hostName() + ":" + host.port(),
                host.user(), path, Map.of(), context.operator().label(), context.clock().instant());
    }

    private static CommandEnd end(CollectedFile file) {
        Instant started = file.started() == null ? file.ended() : file.started();
        long nanos = started == null || file.ended() == null ? 0 : Duration.between(started, file.ended()).toNanos();
        return new CommandEnd(file.ended(), Math.max(0, nanos), null, null, file.status().name(),
                StepExecution.completeness(file.status()), file.hostKeyFingerprint(), null, FileFacts.of(file));
    }

    private static boolean reached(ExecStatus status) {
        return status != ExecStatus.UNREACHABLE && status != ExecStatus.HOST_KEY_UNKNOWN
                && status != ExecStatus.HOST_KEY_CHANGED && status != ExecStatus.AUTHENTICATION_FAILED;
    }

    private static List<CollectionOutcome.File> await(Future<List<CollectionOutcome.File>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for hosts to hand over their files", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("collecting files failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }
}
