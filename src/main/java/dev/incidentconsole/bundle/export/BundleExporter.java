package dev.incidentconsole.bundle.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.archive.BundleZipWriter;
import dev.incidentconsole.bundle.redact.RedactedEntry;
import dev.incidentconsole.bundle.signing.AllowedSigners;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.evidence.EntryDraft;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.runbook.MarkdownRunbookParser;
import dev.incidentconsole.runbook.Runbook;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Exports one incident as a signed evidence bundle (layout in ARCHITECTURE.md, names in {@link BundleLayout}).
 * Outputs are streamed from the store straight into the zip, never held whole. The zip is written to a hidden
 * temporary file beside the target, synced, and moved into place in one step, so the target either does not
 * exist or is complete; a failed or cancelled export deletes its temporary file. Every successful export is
 * recorded in the incident as a STATUS entry (custody); the evidence itself is never changed.
 */
public final class BundleExporter {

    private static final String REDACTION_NOTE = "Secrets (bearer tokens, Authorization headers, API keys, password"
            + " and token values, passwords in URLs, private key blocks) were masked as [REDACTED] in outputs,"
            + " collected files, commands, notes, parameters, runbooks and reports. Each stream's length and sha256"
            + " are those of the ORIGINAL bytes, which the hash chain covers; redactedLength and redactedSha256 are"
            + " those of the masked file in this bundle. Entries listing redactedFields cannot have their hash"
            + " recomputed from timeline.jsonl; their links still can.";

    private final EvidenceStore store;
    private final Clock clock;
    private final String appVersion;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BundleExporter(EvidenceStore store, Clock clock, String appVersion) {
        this.store = store;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /**
     * @throws IllegalArgumentException  when the incident does not exist
     * @throws FileAlreadyExistsException when the target exists (bundles are never overwritten)
     * @throws ExportCancelledException  when {@code cancelled} turned true; nothing is left behind
     * @throws IOException               when writing fails, or the stored evidence no longer matches its chain
     */
    public ExportResult export(ExportRequest request, ExportProgress progress, BooleanSupplier cancelled) throws IOException {
        IncidentRecord incident = store.incident(request.incidentId()).orElseThrow(() -> new IllegalArgumentException(
                "no incident '" + request.incidentId() + "' in this evidence store"));
        List<EvidenceEntry> timeline = store.timeline(incident.id());
        requireIntactChain(incident.id(), timeline);
        Path target = request.target().toAbsolutePath();
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "a file is already there; bundles are never overwritten, choose another name");
        }
        Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
        Instant exportedAt = clock.instant();
        long total = timeline.stream().mapToLong(e -> e.stdoutLength() + e.stderrLength()).sum();
        ExportPacer pacer = new ExportPacer(progress, cancelled, total);
        MessageDigest zipDigest = EntryHashing.sha256();
        Written written;
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream file = new DigestOutputStream(Channels.newOutputStream(channel), zipDigest);
                try (BundleZipWriter zip = new BundleZipWriter(new KeepOpen(file), exportedAt)) {
                    written = writeBundle(zip, request, incident, timeline, pacer, exportedAt, target.getFileName().toString());
                }
                pacer.checkCancelled();
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        pacer.finish();
        String zipSha256 = HexFormat.of().formatHex(zipDigest.digest());
        return recordCustody(request, incident, timeline, target, exportedAt, written, zipSha256);
    }

    /** What the custody entry and the result need from the writing. */
    private record Written(String sumsSha256, List<String> missingRunbooks) {
    }

    private Written writeBundle(BundleZipWriter zip, ExportRequest request, IncidentRecord incident,
                               List<EvidenceEntry> timeline, ExportPacer pacer, Instant exportedAt, String fileName)
            throws IOException {
        boolean redact = request.redact();
        List<RedactedEntry> entries = timeline.stream()
                .map(entry -> redact ? RedactedEntry.of(entry) : new RedactedEntry(entry, List.of())).toList();
        IncidentRecord shownIncident = redact ? RedactedEntry.of(incident) : incident;
        BundleContents contents = new BundleContents(store, zip, pacer, redact, request.compress());
        List<BundleManifest.Entry> manifestEntries = contents.outputs(entries);
        List<BundleManifest.Runbook> runbooks = new ArrayList<>();
        List<Runbook> parsed = new ArrayList<>();
        for (Map.Entry<String, String> digest : ManifestFacts.runbookDigests(timeline).entrySet()) {
            String sha256 = digest.getKey();
            byte[] text = store.runbookText(sha256).orElse(null);
            if (text == null) {
                runbooks.add(new BundleManifest.Runbook(digest.getValue(), sha256, BundleManifest.Runbook.MISSING, null, null));
                continue;
            }
            String redactedSha256 = contents.runbook(sha256, text);
            runbooks.add(new BundleManifest.Runbook(digest.getValue(), sha256, BundleManifest.Runbook.INCLUDED,
                    BundleLayout.runbook(sha256), redactedSha256));
            parsed.addAll(new MarkdownRunbookParser().parse(BundleLayout.runbook(sha256), text, false).runbooks());
        }
        for (String id : incident.runbookIds()) {
            if (runbooks.stream().noneMatch(runbook -> id.equals(runbook.id()))) {
                runbooks.add(new BundleManifest.Runbook(id, null, BundleManifest.Runbook.NOT_RUN, null, null));
            }
        }
        pacer.checkCancelled();
        contents.timeline(entries);
        contents.reports(shownIncident, entries, parsed, request.narrative(), exportedAt);
        BundleSigner signer = request.signer();
        BundleManifest manifest = new BundleManifest(BundleLayout.FORMAT, BundleLayout.FORMAT_VERSION, appVersion,
                ManifestFacts.instant(exportedAt), redact, redact ? REDACTION_NOTE : null,
                new BundleManifest.Exporter(request.operator(), signer.principal(), signer.fingerprint(), signer.publicKeyLine()),
                ManifestFacts.incident(shownIncident), ManifestFacts.hosts(incident, timeline), runbooks,
                ManifestFacts.chain(timeline), manifestEntries);
        zip.write(BundleLayout.MANIFEST, json.writeValueAsBytes(manifest));
        zip.write(BundleLayout.ALLOWED_SIGNERS, (AllowedSigners.lineFor(signer.principal(), signer.publicKeyLine(),
                BundleSigner.NAMESPACE) + "\n").getBytes(StandardCharsets.UTF_8));
        zip.write(BundleLayout.VERIFY_TEXT, VerifyInstructions.text(incident.id(), fileName, signer.principal(),
                signer.fingerprint(), redact).getBytes(StandardCharsets.UTF_8));
        byte[] sums = zip.sums().toBytes();
        String signature = signer.sign(new ByteArrayInputStream(sums), BundleSigner.NAMESPACE);
        zip.write(BundleLayout.SUMS, sums);
        zip.write(BundleLayout.SIGNATURE, signature.getBytes(StandardCharsets.US_ASCII));
        List<String> missing = runbooks.stream().filter(r -> BundleManifest.Runbook.MISSING.equals(r.status()))
                .map(BundleManifest.Runbook::sha256).toList();
        return new Written(EntryHashing.sha256Hex(sums), missing);
    }

    private ExportResult recordCustody(ExportRequest request, IncidentRecord incident, List<EvidenceEntry> timeline,
                                       Path target, Instant exportedAt, Written written, String zipSha256)
            throws IOException {
        long zipBytes = Files.size(target);
        BundleManifest.Chain chain = ManifestFacts.chain(timeline);
        BundleSigner signer = request.signer();
        String text = CustodyText.of(request.operator(), exportedAt, target.getFileName().toString(), signer.principal(),
                signer.fingerprint(), written.sumsSha256(), zipSha256, zipBytes, chain.entries(), chain.headSeq(), chain.headHash(),
                request.redact());
        EvidenceEntry custody = store.record(new EntryDraft(incident.id(), EntryKind.STATUS, null, null, null, text,
                request.operator(), exportedAt));
        return new ExportResult(target, zipBytes, zipSha256, written.sumsSha256(), chain.entries(), chain.headHash(),
                request.redact(), written.missingRunbooks(), custody);
    }

    /** A bundle of a broken chain would only fail its verification later; say so now, while it can be looked into. */
    private static void requireIntactChain(String incidentId, List<EvidenceEntry> timeline) {
        String previous = EvidenceEntry.GENESIS;
        for (int i = 0; i < timeline.size(); i++) {
            EvidenceEntry entry = timeline.get(i);
            if (entry.seq() != i + 1 || !previous.equals(entry.previousHash()) || !EntryHashing.hashMatches(entry)) {
                throw new IllegalStateException("entry " + entry.seq() + " of " + incidentId + " does not fit its hash"
                        + " chain, so the incident cannot be exported as intact; run verify-store to see what changed");
            }
            previous = entry.entryHash();
        }
    }

    /** The zip writer closes its stream; the channel is closed after it is synced, not before. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
