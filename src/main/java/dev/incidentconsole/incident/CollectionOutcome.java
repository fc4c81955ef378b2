package dev.incidentconsole.incident;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.remote.CollectedFile;
import dev.incidentconsole.remote.ExecStatus;
import java.util.List;
import java.util.stream.Collectors;

/** What a collection gave, one item per (host, path) in the request's host order, then path order. */
public record CollectionOutcome(List<File> files) {

    public CollectionOutcome {
        files = List.copyOf(files);
    }

    /**
     * One (host, path). {@code collected} is what the transfer reported and {@code entry} its sealed evidence;
     * both are null when the collection was cancelled before this transfer started, and then {@code reason}
     * says so. Otherwise {@code reason} is the transfer's own line (host:path: what happened).
     */
    public record File(String hostAlias, String path, CollectedFile collected, EvidenceEntry entry, String reason) {

        /** Read to its end: a copy of the file (possibly one that changed while read, which {@link #reason} says). */
        public boolean succeeded() {
            return collected != null && collected.status() == ExecStatus.SUCCEEDED;
        }

        /** Anything a responder should hear about: not collected, or collected while it changed. */
        public boolean noteworthy() {
            return collected == null || !collected.complete();
        }
    }

    public long collected() {
        return files.stream().filter(File::succeeded).count();
    }

    /** For example {@code Collected 5 of 6 files; beta:/etc/mcp/relay.yaml: could not be read: permission denied}. */
    public String summary() {
        String head = "Collected " + collected() + " of " + files.size() + (files.size() == 1 ? " file" : " files");
        String problems = files.stream().filter(File::noteworthy).map(File::reason).collect(Collectors.joining("; "));
        return problems.isEmpty() ? head : head + "; " + problems;
    }
}
