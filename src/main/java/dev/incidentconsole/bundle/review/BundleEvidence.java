package dev.incidentconsole.bundle.review;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.archive.BundleLimits;
import dev.incidentconsole.bundle.archive.BundleRejectedException;
import dev.incidentconsole.evidence.ChainVerification;
import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.CommandStart;
import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.EvidenceStoreException;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.NewIncident;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.SearchHit;
import dev.incidentconsole.evidence.SearchQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A received bundle seen through the evidence store's read API, so the console's timeline, search and compare
 * views show it as they show live evidence. The zip stays open and outputs stream from it (nothing is extracted:
 * no temporary copy of the evidence to clean up or leave behind); the manifest and the timeline are read once at
 * opening. Every write is refused: a bundle is what was signed, and notes about it live in {@link AnalystNotes}.
 *
 * <p>Open a bundle after {@code BundleVerifier} has checked it: this class reads what the bundle says and does not
 * judge it, beyond {@link #verify}, which recomputes the chain of the entries as they stand.
 */
public final class BundleEvidence implements EvidenceStore {

    /** How much of each output stream a search reads, as much as the store's index covers. */
    public static final long SEARCHED_BYTES_PER_STREAM = 1024 * 1024;

    private static final String READ_ONLY = "a bundle is read-only; ";

    private final Path file;
    private final BundleArchive archive;
    private final BundleManifest manifest;
    private final IncidentRecord incident;
    private final List<EvidenceEntry> entries;
    private final Map<Long, EvidenceEntry> bySeq = new LinkedHashMap<>();
    private final Map<Long, BundleManifest.Entry> described = new LinkedHashMap<>();
    private final List<String> readProblems;
    private final BundleSearch search;

    private BundleEvidence(Path file, BundleArchive archive, BundleReading.Read read) {
        this.file = file;
        this.archive = archive;
        this.manifest = read.manifest();
        this.incident = read.incident();
        this.entries = List.copyOf(read.entries());
        this.readProblems = List.copyOf(read.problems());
        entries.forEach(entry -> bySeq.putIfAbsent(entry.seq(), entry));
        manifest.entries().forEach(entry -> described.putIfAbsent(entry.seq(), entry));
        this.search = new BundleSearch(entries, this::openOutput, SEARCHED_BYTES_PER_STREAM);
    }

    /**
     * @throws BundleRejectedException when the archive is unsafe (see {@link BundleArchive}); nothing is read then
     * @throws IOException              when the manifest cannot be read; the message says why
     */
    public static BundleEvidence open(Path bundle) throws IOException {
        return open(bundle, BundleLimits.DEFAULTS);
    }

    public static BundleEvidence open(Path bundle, BundleLimits limits) throws IOException {
        BundleArchive archive = BundleArchive.open(bundle, limits);
        try {
            return new BundleEvidence(bundle, archive, new BundleReading().from(archive));
        } catch (IOException e) {
            archive.close();
            throw e;
        } catch (RuntimeException e) {
            archive.close();
            throw new IOException("the bundle " + bundle.getFileName() + " does not hold a readable incident: " + e, e);
        }
    }

    public Path file() {
        return file;
    }

    public BundleManifest manifest() {
        return manifest;
    }

    /** What could not be read (a timeline that breaks off, a malformed time); empty for a sound bundle. */
    public List<String> readProblems() {
        return readProblems;
    }

    /** A small text file of the bundle (report.md, VERIFY.txt), or empty when the bundle has none. */
    public Optional<byte[]> text(String name, int maxBytes) throws IOException {
        return archive.contains(name) ? Optional.of(archive.readAllBytes(name, maxBytes)) : Optional.empty();
    }

    @Override
    public Optional<IncidentRecord> incident(String incidentId) {
        return incident.id().equals(incidentId) ? Optional.of(incident) : Optional.empty();
    }

    @Override
    public List<IncidentRecord> incidents() {
        return List.of(incident);
    }

    @Override
    public List<EvidenceEntry> timeline(String incidentId) {
        requireIncident(incidentId);
        return entries;
    }

    @Override
    public Optional<EvidenceEntry> entry(String incidentId, long seq) {
        requireIncident(incidentId);
        return Optional.ofNullable(bySeq.get(seq));
    }

    /** Streams the output file of the entry; an empty output is an empty stream. */
    @Override
    public InputStream output(String incidentId, long seq, OutputStreamKind stream) {
        EvidenceEntry entry = entry(incidentId, seq).orElseThrow(() -> new IllegalArgumentException(
                "the bundle has no entry #" + seq + " of incident " + incidentId));
        try {
            InputStream in = openOutput(entry, stream);
            if (in == null) {
                throw new EvidenceStoreException("the bundle has no file for the " + streamName(stream) + " of entry #"
                        + seq + " (" + (stream == OutputStreamKind.STDOUT ? entry.stdoutLength() : entry.stderrLength())
                        + " bytes were recorded): it was left out or removed after export");
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + streamName(stream) + " of entry #" + seq
                    + " from the bundle: " + e.getMessage(), e);
        }
    }

    /** The stream's file, an empty stream for an empty output, or null when the bundle lacks the file. */
    private InputStream openOutput(EvidenceEntry entry, OutputStreamKind stream) throws IOException {
        long length = stream == OutputStreamKind.STDOUT ? entry.stdoutLength() : entry.stderrLength();
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        BundleManifest.Entry account = described.get(entry.seq());
        String name = account == null ? BundleLayout.output(entry.seq(), stream)
                : (stream == OutputStreamKind.STDOUT ? account.stdout() : account.stderr()).file();
        return name != null && archive.contains(name) ? archive.open(name) : null;
    }

    private static String streamName(OutputStreamKind stream) {
        return stream.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Recomputes the chain and the output digests from the bundle's own files. */
    @Override
    public ChainVerification verify(String incidentIdOrNull) {
        if (incidentIdOrNull != null) {
            requireIncident(incidentIdOrNull);
        }
        return new ChainRecheck(incident.id(), entries, described, manifest.redacted(), this::openOutput).run();
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        try {
            return search.search(query);
        } catch (IOException e) {
            throw new UncheckedIOException("the search could not read the bundle: " + e.getMessage(), e);
        }
    }

    /**
     * The runbook text the bundle carries under this digest. In a redacted bundle it is the masked copy, whose own
     * digest differs from the one asked for.
     */
    @Override
    public Optional<byte[]> runbookText(String sha256) {
        for (BundleManifest.Runbook runbook : manifest.runbooks()) {
            if (sha256.equals(runbook.sha256()) && runbook.file() != null && archive.contains(runbook.file())) {
                try {
                    return Optional.of(archive.readAllBytes(runbook.file(), 16 * 1024 * 1024));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read runbook " + runbook.id() + " from the bundle: "
                            + e.getMessage(), e);
                }
            }
        }
        return Optional.empty();
    }

    private void requireIncident(String incidentId) {
        if (!incident.id().equals(incidentId)) {
            throw new IllegalArgumentException("this bundle holds incident " + incident.id() + ", not " + incidentId);
        }
    }

    @Override
    public IncidentRecord openIncident(NewIncident newIncident) {
        throw readOnly("open incidents in the console's own evidence store");
    }

    @Override
    public void closeIncident(String incidentId, String operator, Instant at) {
        throw readOnly("an incident is closed where it was recorded");
    }

    @Override
    public CommandCapture startCommand(CommandStart start) {
        throw readOnly("commands run in a live incident, not in a received bundle");
    }

    @Override
    public CompletableFuture<EvidenceEntry> recordLater(EntryDraft draft) {
        throw readOnly("keep your notes as analyst notes beside the bundle");
    }

    @Override
    public String keepRunbookText(String location, byte[] content) {
        throw readOnly("runbook texts are kept by the console that ran them");
    }

    private static UnsupportedOperationException readOnly(String instead) {
        return new UnsupportedOperationException(READ_ONLY + instead);
    }

    @Override
    public void close() {
        try {
            archive.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the bundle " + file + ": " + e.getMessage(), e);
        }
    }
}
