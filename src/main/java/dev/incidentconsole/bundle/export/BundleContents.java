package dev.incidentconsole.bundle.export;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.TimelineLine;
import dev.incidentconsole.bundle.archive.BundleZipWriter;
import dev.incidentconsole.bundle.archive.EntryContent;
import dev.incidentconsole.bundle.archive.WrittenEntry;
import dev.incidentconsole.bundle.redact.RedactedEntry;
import dev.incidentconsole.bundle.redact.RedactingOutputStream;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.report.HtmlReportWriter;
import dev.incidentconsole.report.IncidentReport;
import dev.incidentconsole.report.MarkdownReportWriter;
import dev.incidentconsole.report.ReportNarrative;
import dev.incidentconsole.report.ReportWriter;
import dev.incidentconsole.runbook.Runbook;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes the evidence of one incident into a bundle zip: raw outputs (streamed from the store, their digests
 * checked against the sealed ones as they pass), collected files, runbook texts, timeline.jsonl and the reports.
 * In a redacted export every one of these passes through the secret masker.
 */
final class BundleContents {

    private final EvidenceStore store;
    private final BundleZipWriter zip;
    private final ExportPacer pacer;
    private final boolean redact;
    private final boolean compress;

    BundleContents(EvidenceStore store, BundleZipWriter zip, ExportPacer pacer, boolean redact, boolean compress) {
        this.store = store;
        this.zip = zip;
        this.pacer = pacer;
        this.redact = redact;
        this.compress = compress;
    }

    /** Every non-empty output stream of every entry, and the manifest's account of each entry. */
    List<BundleManifest.Entry> outputs(List<RedactedEntry> timeline) throws IOException {
        List<BundleManifest.Entry> entries = new ArrayList<>(timeline.size());
        for (RedactedEntry redacted : timeline) {
            EvidenceEntry entry = redacted.entry();
            BundleManifest.Stream stdout = output(entry, OutputStreamKind.STDOUT, entry.stdoutLength(), entry.stdoutSha256(),
                    entry.kind() == EntryKind.FILE ? BundleLayout.collectedFile(entry.seq(), entry.command())
                            : BundleLayout.output(entry.seq(), OutputStreamKind.STDOUT));
            BundleManifest.Stream stderr = output(entry, OutputStreamKind.STDERR, entry.stderrLength(), entry.stderrSha256(),
                    BundleLayout.output(entry.seq(), OutputStreamKind.STDERR));
            entries.add(new BundleManifest.Entry(entry.seq(), entry.kind().name(), entry.entryHash(), stdout, stderr,
                    redacted.maskedFields()));
        }
        return entries;
    }

    private BundleManifest.Stream output(EvidenceEntry entry, OutputStreamKind stream, long length, String sha256,
                                         String file) throws IOException {
        pacer.checkCancelled();
        if (length == 0) {
            return new BundleManifest.Stream(0, sha256, null, redact ? 0L : null, redact ? sha256 : null);
        }
        // Unmasked, the zip writer's own digest is that of the original bytes; only a masked copy needs a second one.
        MessageDigest original = redact ? EntryHashing.sha256() : null;
        long[] copied = new long[1];
        WrittenEntry written;
        try (InputStream in = store.output(entry.incidentId(), entry.seq(), stream)) {
            EntryContent content = out -> {
                OutputStream target = redact ? new RedactingOutputStream(out) : out;
                copied[0] = pacer.copy(in, target, original);
                target.close();
            };
            written = compress ? zip.write(file, content) : zip.writeUncompressed(file, content);
        }
        String actual = original == null ? written.sha256() : HexFormat.of().formatHex(original.digest());
        if (copied[0] != length || !actual.equals(sha256)) {
            throw new IOException("the stored " + stream.name().toLowerCase(Locale.ROOT) + " of entry " + entry.seq()
                    + " of " + entry.incidentId() + " no longer matches its sealed length and SHA-256 (" + copied[0]
                    + " bytes, " + actual + "); the evidence store was altered or damaged: run verify-store before"
                    + " exporting");
        }
        return redact ? new BundleManifest.Stream(length, sha256, file, written.size(), written.sha256())
                : new BundleManifest.Stream(length, sha256, file, null, null);
    }

    /** The exact text of a runbook; in a redacted export its masked copy, whose digest is returned (else null). */
    String runbook(String sha256, byte[] text) throws IOException {
        WrittenEntry written = zip.write(BundleLayout.runbook(sha256), out -> {
            OutputStream target = redact ? new RedactingOutputStream(out) : out;
            target.write(text);
            target.close();
        });
        return written.sha256().equals(sha256) ? null : written.sha256();
    }

    void timeline(List<RedactedEntry> timeline) throws IOException {
        zip.write(BundleLayout.TIMELINE, out -> {
            OutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            for (RedactedEntry entry : timeline) {
                buffered.write((TimelineLine.format(entry.entry()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            buffered.flush();
        });
    }

    /** report.md and report.html, built from the (masked) entries; a redacted report is masked once more as text. */
    void reports(IncidentRecord incident, List<RedactedEntry> timeline, List<Runbook> runbooks,
                 ReportNarrative narrative, Instant at) throws IOException {
        IncidentReport report = new IncidentReport(incident, timeline.stream().map(RedactedEntry::entry).toList(),
                runbooks, narrative, at);
        for (ReportWriter writer : List.of(new MarkdownReportWriter(), new HtmlReportWriter())) {
            zip.write(writer.fileName(), out -> {
                OutputStream target = redact ? new RedactingOutputStream(out) : out;
                try (Writer text = new OutputStreamWriter(target, StandardCharsets.UTF_8)) {
                    writer.write(report, text);
                }
            });
        }
    }
}
