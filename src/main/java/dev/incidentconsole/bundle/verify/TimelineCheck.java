package dev.incidentconsole.bundle.verify;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.TimelineLine;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.redact.RedactedEntry;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EvidenceEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Recomputes the hash chain from timeline.jsonl, one line at a time, and holds each entry against the manifest:
 * same count, seqs, kinds, hashes and output digests, the same chain head, the same hosts and fingerprints.
 * An entry whose fields were masked in a redacted bundle cannot be rehashed; its links are still checked.
 */
final class TimelineCheck {

    private static final int MAX_LINE_BYTES = 32 * 1024 * 1024;
    private static final String FILE = BundleLayout.TIMELINE;
    private static final Set<String> MASKABLE = RedactedEntry.MASKABLE_FIELDS;

    private final BundleManifest manifest;
    private final Findings findings;
    private final VerifyPacer pacer;
    private final TimelineEntryParser parser = new TimelineEntryParser();
    private final Set<String> hostKeys = new LinkedHashSet<>();
    private final Set<String> runbookDigests = new LinkedHashSet<>();
    private int maskedEntries;

    TimelineCheck(BundleManifest manifest, Findings findings, VerifyPacer pacer) {
        this.manifest = manifest;
        this.findings = findings;
        this.pacer = pacer;
    }

    /** @throws VerificationCancelledException when a cancel was asked for; it is polled once a line */
    void run(BundleArchive archive) throws VerificationCancelledException {
        List<BundleManifest.Entry> listed = manifest.entries();
        String previousHash = EvidenceEntry.GENESIS;
        long count = 0;
        try (InputStream in = archive.open(FILE)) {
            BoundedLines lines = new BoundedLines(in, MAX_LINE_BYTES);
            for (String line = lines.next(); line != null; line = lines.next()) {
                pacer.stopIfCancelled(null);
                count++;
                EvidenceEntry entry;
                try {
                    entry = parser.parse(line);
                } catch (TimelineEntryParser.MalformedLine e) {
                    findings.problem(FILE, count, "line " + count + " " + e.getMessage());
                    previousHash = null;
                    continue;
                }
                BundleManifest.Entry described = count <= listed.size() ? listed.get((int) count - 1) : null;
                check(entry, line, count, previousHash, described);
                previousHash = entry.entryHash();
            }
        } catch (VerificationCancelledException e) {
            throw e;
        } catch (IOException e) {
            pacer.stopIfCancelled(e);
            findings.problem(FILE, null, "cannot be read to its end: " + e.getMessage());
            return;
        }
        if (count != listed.size() || count != manifest.chain().entries()) {
            findings.problem(FILE, null, "holds " + count + " entries; " + BundleLayout.MANIFEST + " describes "
                    + listed.size() + " and counts " + manifest.chain().entries() + " in the chain");
        }
        if (!Objects.equals(previousHash, manifest.chain().headHash()) || count != manifest.chain().headSeq()) {
            findings.problem(FILE, null, "ends at entry " + count + " " + previousHash + ", not at the chain head "
                    + BundleLayout.MANIFEST + " names (entry " + manifest.chain().headSeq() + " "
                    + manifest.chain().headHash() + ")");
        }
        checkHosts();
        checkRunbooks();
        if (maskedEntries > 0) {
            findings.note(FILE, null, maskedEntries + " entries had secrets masked in their fields; their hashes were"
                    + " not recomputed, only their links");
        }
    }

    private void check(EvidenceEntry entry, String line, long lineNumber, String previousHash,
                       BundleManifest.Entry described) {
        long seq = entry.seq();
        if (!TimelineLine.format(entry).equals(line)) {
            findings.problem(FILE, seq, "line " + lineNumber + " is not in the canonical form its hash is computed over");
        }
        if (seq != lineNumber) {
            findings.problem(FILE, seq, "line " + lineNumber + " holds entry " + seq + "; entries must follow 1, 2, 3...");
        }
        if (!Objects.equals(entry.incidentId(), manifest.incident() == null ? null : manifest.incident().id())) {
            findings.problem(FILE, seq, "belongs to incident " + entry.incidentId() + ", not the manifest's");
        }
        if (previousHash != null && !previousHash.equals(entry.previousHash())) {
            findings.problem(FILE, seq, "does not name the hash of the entry before it: the chain is broken here");
        }
        List<String> masked = described == null ? List.of() : described.redactedFields();
        if (masked.isEmpty()) {
            if (!EntryHashing.entryHash(entry).equals(entry.entryHash())) {
                findings.problem(FILE, seq, "its fields do not hash to its entryHash: the entry was altered");
            }
        } else if (!manifest.redacted()) {
            findings.problem(BundleLayout.MANIFEST, seq, "lists masked fields in a bundle that is not redacted");
        } else if (!MASKABLE.containsAll(masked) || new LinkedHashSet<>(masked).size() != masked.size()) {
            findings.problem(BundleLayout.MANIFEST, seq, "lists masked fields " + masked + "; only " + MASKABLE
                    + " are ever masked, each once");
        } else {
            maskedEntries++;
        }
        if (entry.runbookSha256() != null) {
            runbookDigests.add(entry.runbookSha256());
        }
        if (entry.hostAlias() != null && entry.hostKeyFingerprint() != null) {
            hostKeys.add(entry.hostAlias() + " " + entry.hostKeyFingerprint());
        }
        if (described == null) {
            findings.problem(BundleLayout.MANIFEST, seq, "does not describe this entry of " + FILE);
            return;
        }
        if (described.seq() != seq || !Objects.equals(described.entryHash(), entry.entryHash())
                || !Objects.equals(described.kind(), entry.kind().name())) {
            findings.problem(BundleLayout.MANIFEST, seq, "describes entry " + described.seq() + " (" + described.kind()
                    + ", " + described.entryHash() + ") where " + FILE + " has entry " + seq + " (" + entry.kind() + ", "
                    + entry.entryHash() + ")");
        }
        sameStream(seq, "stdout", described.stdout(), entry.stdoutLength(), entry.stdoutSha256());
        sameStream(seq, "stderr", described.stderr(), entry.stderrLength(), entry.stderrSha256());
    }

    private void sameStream(long seq, String name, BundleManifest.Stream stream, long length, String sha256) {
        if (stream == null || stream.length() != length || !Objects.equals(stream.sha256(), sha256)) {
            findings.problem(BundleLayout.MANIFEST, seq, "gives a different length or SHA-256 for " + name + " than the"
                    + " sealed entry in " + FILE);
        }
    }

    private void checkHosts() {
        Set<String> listed = new LinkedHashSet<>();
        for (BundleManifest.Host host : manifest.hosts()) {
            for (String fingerprint : host.hostKeyFingerprints()) {
                listed.add(host.alias() + " " + fingerprint);
            }
        }
        if (!listed.equals(hostKeys)) {
            findings.problem(BundleLayout.MANIFEST, null, "lists host keys " + listed + ", but the entries recorded "
                    + hostKeys);
        }
    }

    private void checkRunbooks() {
        Set<String> listed = new LinkedHashSet<>();
        for (BundleManifest.Runbook runbook : manifest.runbooks()) {
            if (runbook.sha256() != null) {
                listed.add(runbook.sha256());
            }
        }
        if (!listed.equals(runbookDigests)) {
            findings.problem(BundleLayout.MANIFEST, null, "lists runbook digests " + listed + ", but the entries name "
                    + runbookDigests);
        }
    }
}
