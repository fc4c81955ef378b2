package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.ChainVerification;
import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.SearchHit;
import dev.incidentconsole.evidence.SearchQuery;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;

/**
 * The evidence store in one H2 file, optionally AES-encrypted. Writes go through one writer thread; reads use a
 * small pool of connections from any thread. Opening recovers captures a stopped console left open.
 *
 * <pre>{@code
 * try (H2EvidenceStore store = H2EvidenceStore.open(dataDir.resolve("evidence.mv.db"), passphraseOrNull)) { ... }
 * }</pre>
 */
public final class H2EvidenceStore implements EvidenceStore {

    private final StoreOpener.Opened opened;
    private final StoreOptions options;
    private final StoreWriter writer;
    private final EntryRows rows;
    private final IncidentRows incidents;
    private final EntrySealer sealer;
    private final CaptureSealer captureSealer;
    private final IncidentIds ids;
    private final ChainVerifier verifier;
    private final EvidenceSearch searcher;
    private final EntryQueries queries;
    private final RunbookTexts runbookTexts = new RunbookTexts();
    private final int recoveredEntries;
    private boolean closed;

    /** Opens (or creates) the store with default options; see {@link #open(Path, char[], StoreOptions)}. */
    public static H2EvidenceStore open(Path file, char[] passphrase) {
        return open(file, passphrase, StoreOptions.defaults());
    }

    /**
     * Opens (or creates) the store in {@code file} ({@code name.mv.db}, or {@code name} for {@code name.mv.db}).
     * {@code passphrase} null or empty: not encrypted. The passphrase array is wiped before this returns, and the
     * passphrase is kept nowhere. Throws {@link dev.incidentconsole.evidence.WrongPassphraseException} or
     * {@link dev.incidentconsole.evidence.StoreInUseException} with a message naming the file.
     */
    public static H2EvidenceStore open(Path file, char[] passphrase, StoreOptions options) {
        StoreOpener.Opened opened = StoreOpener.open(StoreFile.of(file, passphrase), options.readerConnections());
        try {
            return new H2EvidenceStore(opened, options);
        } catch (RuntimeException e) {
            opened.readers().close();
            opened.lock().close();
            throw e;
        }
    }

    private H2EvidenceStore(StoreOpener.Opened opened, StoreOptions options) {
        this.opened = opened;
        this.options = options;
        JsonColumns json = new JsonColumns();
        this.rows = new EntryRows(json);
        this.incidents = new IncidentRows(json);
        this.sealer = new EntrySealer(rows, incidents);
        ChunkWriter chunks = new ChunkWriter();
        this.captureSealer = new CaptureSealer(chunks, sealer);
        this.ids = new IncidentIds(options.random());
        this.verifier = new ChainVerifier(rows, incidents);
        this.searcher = new EvidenceSearch(rows);
        this.queries = new EntryQueries(rows);
        try {
            this.writer = new StoreWriter(opened.writerConnection(), chunks,
                    new SearchIndexer(new SearchIndex(), options.indexedBytesPerEntry()), options,
                    opened.file().databaseFile().toString());
        } catch (java.sql.SQLException e) {
            throw opened.file().explain(e);
        }
        CrashRecovery recovery = new CrashRecovery(rows, sealer, options.clock());
        try {
            this.recoveredEntries = writer.call(recovery::recover);
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** The database file. */
    public Path file() {
        return opened.file().databaseFile();
    }

    /** How many interrupted captures were recovered when the store opened (0 after a clean close). */
    public int recoveredEntries() {
        return recoveredEntries;
    }

    /** Sealed entries whose words are not all searchable yet (the writer indexes them when it is idle). */
    public long searchBacklog() {
        return opened.readers().read(queries::searchBacklog);
    }

    @Override
    public IncidentRecord openIncident(NewIncident incident) {
        Objects.requireNonNull(incident.title(), "title");
        Objects.requireNonNull(incident.severity(), "severity");
        Objects.requireNonNull(incident.openedAt(), "openedAt");
        return writer.call(connection -> {
            String id = ids.next(incident.openedAt());
            for (int attempt = 0; incidents.exists(connection, id); attempt++) {
                if (attempt == 100) {
                    throw new IllegalStateException("no free incident id for " + incident.openedAt());
                }
                id = ids.next(incident.openedAt());
            }
            IncidentRecord record = new IncidentRecord(id, incident.title(), incident.severity(), incident.exercise(),
                    incident.operatorName(), incident.operatorEmail(), incident.runbookIds(), incident.hostAliases(),
                    incident.parameters(), incident.openedAt(), null);
            incidents.insert(connection, record);
            EvidenceEntry opening = note(id, EntryKind.STATUS, null, null, null, IncidentOpening.text(record),
                    incident.operatorName(), incident.openedAt(), incident.parameters());
            sealer.insertSealed(connection, opening);
            return record;
        });
    }

    @Override
    public Optional<IncidentRecord> incident(String incidentId) {
        return opened.readers().read(connection -> incidents.find(connection, incidentId));
    }

    @Override
    public List<IncidentRecord> incidents() {
        return opened.readers().read(incidents::all);
    }

    @Override
    public void closeIncident(String incidentId, String operator, Instant at) {
        Objects.requireNonNull(at, "at");
        writer.call(connection -> {
            IncidentRecord incident = incidents.find(connection, incidentId).orElseThrow(() -> noIncident(incidentId));
            if (!incident.open()) {
                throw new IllegalStateException("Incident " + incidentId + " was already closed at " + incident.closedAt());
            }
            String text = "Incident closed by " + (operator == null ? "(unknown)" : operator);
            sealer.insertSealed(connection, note(incidentId, EntryKind.STATUS, null, null, null, text, operator, at, Map.of()));
            incidents.markClosed(connection, incidentId, at);
            return null;
        });
    }

    @Override
    public CommandCapture startCommand(CommandStart start) {
        requireCaptured(start);
        LiveCapture capture = new LiveCapture(start, writer, captureSealer, options);
        try {
            writer.call(connection -> insertOpenRow(connection, start, capture));
        } catch (RuntimeException e) {
            writer.forget(capture);
            throw e;
        }
        return capture;
    }

    /**
     * Checks the incident with a read, then queues the open row and returns: the row is committed a moment later,
     * before any of the command's output (the writer works in order). Should the insert fail after all (the
     * incident was closed meanwhile), the capture refuses its output and its seal says why.
     */
    @Override
    public CommandCapture startReadOnlyCommand(CommandStart start) {
        requireCaptured(start);
        opened.readers().read(connection -> openIncident(connection, start));
        LiveCapture capture = new LiveCapture(start, writer, captureSealer, options);
        writer.callLater(connection -> insertOpenRow(connection, start, capture)).whenComplete((entryId, failure) -> {
            if (failure != null) {
                writer.forget(capture);
                capture.fail("The command's entry could not be opened: " + failure.getMessage());
            }
        });
        return capture;
    }

    private static void requireCaptured(CommandStart start) {
        if (start.kind() != EntryKind.COMMAND && start.kind() != EntryKind.FILE) {
            throw new IllegalArgumentException("startCommand records COMMAND or FILE entries, not " + start.kind());
        }
    }

    private IncidentRecord openIncident(Connection connection, CommandStart start) throws SQLException {
        IncidentRecord incident = incidents.find(connection, start.incidentId()).orElseThrow(() -> noIncident(start.incidentId()));
        if (!incident.open()) {
            throw new IllegalStateException("Incident " + start.incidentId() + " is closed; no more commands run in it");
        }
        return incident;
    }

    /** Inserts the open row on the writer thread; from then on the writer commits the capture's output as it comes. */
    private long insertOpenRow(Connection connection, CommandStart start, LiveCapture capture) throws SQLException {
        openIncident(connection, start);
        long id = sealer.insertOpen(connection, new EvidenceEntry(start.incidentId(), 0, start.kind(),
                start.runbookId(), start.runbookSha256(), start.stepId(), start.hostAlias(), start.hostAddress(), null,
                start.remoteUser(), start.command(), start.parameters(), start.operator(), start.startedAt(), null,
                null, null, null, null, null, null, 0, null, 0, null, null, null, null));
        capture.opened(id);
        writer.watch(capture);
        return id;
    }

    @Override
    public CompletableFuture<EvidenceEntry> recordLater(EntryDraft draft) {
        if (draft.kind() == EntryKind.COMMAND || draft.kind() == EntryKind.FILE) {
            throw new IllegalArgumentException("a " + draft.kind() + " entry is captured with startCommand, not recorded");
        }
        Objects.requireNonNull(draft.at(), "at");
        EvidenceEntry entry = note(draft.incidentId(), draft.kind(), draft.runbookId(), draft.stepId(), draft.hostAlias(),
                draft.text(), draft.operator(), draft.at(), Map.of());
        return writer.callLater(connection -> {
            if (!incidents.exists(connection, draft.incidentId())) {
                throw noIncident(draft.incidentId());
            }
            return sealer.insertSealed(connection, entry).entry();
        });
    }

    /** An entry without output: the moment is both start and end; lengths 0 and digests of no bytes. */
    private static EvidenceEntry note(String incidentId, EntryKind kind, String runbookId, String stepId, String hostAlias,
                                      String text, String operator, Instant at, Map<String, String> parameters) {
        return new EvidenceEntry(incidentId, 0, kind, runbookId, null, stepId, hostAlias, null, null, null, null,
                parameters, operator, at, at, null, null, null, null, null, null, 0, EntryHashing.EMPTY_SHA256, 0,
                EntryHashing.EMPTY_SHA256, text, null, null);
    }

    @Override
    public String keepRunbookText(String location, byte[] content) {
        String sha256 = EntryHashing.sha256Hex(content);
        writer.call(connection -> {
            runbookTexts.keep(connection, sha256, location, content);
            return null;
        });
        return sha256;
    }

    @Override
    public Optional<byte[]> runbookText(String sha256) {
        return opened.readers().read(connection -> runbookTexts.find(connection, sha256));
    }

    @Override
    public List<EvidenceEntry> timeline(String incidentId) {
        return opened.readers().read(connection -> queries.timeline(connection, incidentId));
    }

    @Override
    public Optional<EvidenceEntry> entry(String incidentId, long seq) {
        return opened.readers().read(connection -> queries.entry(connection, incidentId, seq));
    }

    @Override
    public InputStream output(String incidentId, long seq, OutputStreamKind stream) {
        long rowId = opened.readers().read(connection -> queries.rowId(connection, incidentId, seq));
        return new ChunkInputStream(opened.readers(), rowId, stream);
    }

    @Override
    public ChainVerification verify(String incidentIdOrNull) {
        return opened.readers().readSnapshot(connection -> verifier.verify(connection, incidentIdOrNull));
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        return opened.readers().read(connection -> searcher.search(connection, query));
    }

    /**
     * Bytes of a live capture's stream whose commit has returned, so they are in the file (for tests that watch the
     * commit cadence or kill the process).
     */
    long committedBytes(CommandCapture capture, OutputStreamKind stream) {
        return ((LiveCapture) capture).progress(stream).onFile();
    }

    private static IllegalArgumentException noIncident(String incidentId) {
        return new IllegalArgumentException("No incident " + incidentId + " in the evidence store");
    }

    /** Commits pending output, stops the writer and releases the file. Open captures are recovered next time. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.close();
        opened.readers().close();
        opened.lock().close();
    }
}
