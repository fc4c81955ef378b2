package dev.incidentconsole.evidence;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The local evidence store: incidents and their hash-chained entries. All writes go through one writer; reads
 * may happen from any thread. Nothing here ever changes or deletes a sealed entry. Opening an incident seals a
 * STATUS entry (seq 1) that spells out the incident record, so the record is covered by the chain too.
 * Failures of the store itself are {@link EvidenceStoreException}s; an unknown incident is an
 * IllegalArgumentException, a command started in a closed incident an IllegalStateException.
 */
public interface EvidenceStore extends AutoCloseable {

    IncidentRecord openIncident(NewIncident incident);

    Optional<IncidentRecord> incident(String incidentId);

    /** Newest first. */
    List<IncidentRecord> incidents();

    /** Records a STATUS entry for the closing and marks the incident closed. */
    void closeIncident(String incidentId, String operator, Instant at);

    /** Starts capturing a command (or a file) on a host; the entry is sealed by {@link CommandCapture#seal}. */
    CommandCapture startCommand(CommandStart start);

    /**
     * Like {@link #startCommand}, but returns before the open entry is committed; it is committed a moment later,
     * ahead of the command's output. Only for commands that change nothing: should the process die in those few
     * milliseconds, what is lost is the record of a read whose output would not have been committed yet either.
     * A command that changes a host goes through {@link #startCommand}, so it is on record before it is sent.
     */
    default CommandCapture startReadOnlyCommand(CommandStart start) {
        return startCommand(start);
    }

    /** Seals a note, check-off, skip, escalation or status change at once. */
    default EvidenceEntry record(EntryDraft draft) {
        return await(recordLater(draft));
    }

    /** Seals like {@link #record} without waiting; the future completes once the entry is committed. */
    CompletableFuture<EvidenceEntry> recordLater(EntryDraft draft);

    /** Waits for a store future and rethrows its failure as the store's own (unchecked) exception. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw new EvidenceStoreException("The evidence store failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Keeps the exact bytes of a runbook that steps run from, under their SHA-256 (computed here and returned), so
     * an export can include the text every entry's runbook digest names. Keeping the same text again changes nothing.
     */
    String keepRunbookText(String location, byte[] content);

    /** The runbook text with this SHA-256, if it was kept. */
    Optional<byte[]> runbookText(String sha256);

    /** Every sealed entry of the incident in chain order. */
    List<EvidenceEntry> timeline(String incidentId);

    /** One sealed entry. (Added; the default scans the timeline, implementations look it up directly.) */
    default Optional<EvidenceEntry> entry(String incidentId, long seq) {
        return timeline(incidentId).stream().filter(entry -> entry.seq() == seq).findFirst();
    }

    /** The full stored output of one stream of an entry, streamed from the store. */
    InputStream output(String incidentId, long seq, OutputStreamKind stream);

    /** Recomputes output digests and the chain of every incident (or one); names each entry that does not match. */
    ChainVerification verify(String incidentIdOrNull);

    List<SearchHit> search(SearchQuery query);

    @Override
    void close();
}
