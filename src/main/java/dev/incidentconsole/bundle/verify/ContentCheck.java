package dev.incidentconsole.bundle.verify;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Holds the manifest's account of outputs and runbooks against the files: each non-empty stream in its own file
 * with the digest the manifest gives (the masked copy's, in a redacted bundle), each included runbook under its
 * digest, and no file the manifest does not account for.
 */
final class ContentCheck {

    private final BundleManifest manifest;
    private final ContentDigests digests;
    private final Findings findings;
    private final Set<String> accounted = new HashSet<>(BundleLayout.FIXED_FILES);

    ContentCheck(BundleManifest manifest, ContentDigests digests, Findings findings) {
        this.manifest = manifest;
        this.digests = digests;
        this.findings = findings;
    }

    void run(List<String> files) {
        for (BundleManifest.Entry entry : manifest.entries()) {
            boolean collected = EntryKind.FILE.name().equals(entry.kind());
            stream(entry.seq(), entry.stdout(), collected ? null : BundleLayout.output(entry.seq(), OutputStreamKind.STDOUT));
            stream(entry.seq(), entry.stderr(), BundleLayout.output(entry.seq(), OutputStreamKind.STDERR));
        }
        for (BundleManifest.Runbook runbook : manifest.runbooks()) {
            runbook(runbook);
        }
        for (String file : files) {
            if (!accounted.contains(file)) {
                findings.problem(file, null, "is not accounted for by " + BundleLayout.MANIFEST);
            }
        }
        if (manifest.redacted()) {
            findings.note(BundleLayout.MANIFEST, null, "this is a REDACTED copy: secrets were masked in its files;"
                    + " outputs were checked against their masked digests and the chain against the originals'");
        }
    }

    /** {@code expected} is the one right path, or null for a collected file, whose name ends in its remote name. */
    private void stream(long seq, BundleManifest.Stream stream, String expected) {
        boolean masked = stream.redactedLength() != null || stream.redactedSha256() != null;
        if (masked != manifest.redacted() || masked && (stream.redactedLength() == null || stream.redactedSha256() == null)) {
            findings.problem(BundleLayout.MANIFEST, seq, manifest.redacted() ? "lacks the masked copy's length or digest"
                    + " of an output in a redacted bundle" : "gives masked digests in a bundle that is not redacted");
        }
        if (stream.length() == 0) {
            if (stream.file() != null || masked && (!Long.valueOf(0).equals(stream.redactedLength())
                    || !EntryHashing.EMPTY_SHA256.equals(stream.redactedSha256()))) {
                findings.problem(BundleLayout.MANIFEST, seq, "gives a file or a masked copy for an empty stream");
            }
            return;
        }
        String file = stream.file();
        boolean placed = expected != null ? expected.equals(file) : file != null && file.startsWith("files/" + seq + "-");
        if (!placed) {
            findings.problem(BundleLayout.MANIFEST, seq, "puts an output at " + file + ", not where the layout says ("
                    + (expected != null ? expected : "files/" + seq + "-<name>") + ")");
            return;
        }
        if (!accounted.add(file)) {
            findings.problem(BundleLayout.MANIFEST, seq, "names " + file + " twice");
        }
        ContentDigests.Digest actual = digests.of(file).orElse(null);
        if (actual == null) {
            findings.problem(file, seq, "is missing, but the entry's output is " + stream.length() + " bytes");
            return;
        }
        long length = manifest.redacted() ? Objects.requireNonNullElse(stream.redactedLength(), -1L) : stream.length();
        String sha256 = manifest.redacted() ? stream.redactedSha256() : stream.sha256();
        if (actual.length() != length || !actual.sha256().equals(sha256)) {
            findings.problem(file, seq, "is " + actual.length() + " bytes with SHA-256 " + actual.sha256()
                    + "; the manifest gives " + length + " bytes, " + sha256
                    + (manifest.redacted() ? " for the masked copy" : ", which the chain seals"));
        }
    }

    private void runbook(BundleManifest.Runbook runbook) {
        if (runbook.redactedSha256() != null && !(manifest.redacted() && BundleManifest.Runbook.INCLUDED.equals(runbook.status()))) {
            findings.problem(BundleLayout.MANIFEST, null, "gives runbook " + runbook.id() + " a masked digest it cannot have");
        }
        switch (runbook.status()) {
            case BundleManifest.Runbook.INCLUDED -> included(runbook);
            case BundleManifest.Runbook.MISSING -> {
                if (runbook.sha256() == null || runbook.file() != null) {
                    findings.problem(BundleLayout.MANIFEST, null, "lists runbook " + runbook.id() + " as missing, but"
                            + " with a file or without the digest its entries name");
                } else {
                    findings.note(BundleLayout.MANIFEST, null, "the text of runbook " + runbook.id() + " ("
                            + runbook.sha256() + ") was not kept by the console, so it is not in the bundle");
                }
            }
            case BundleManifest.Runbook.NOT_RUN -> {
                if (runbook.sha256() != null || runbook.file() != null) {
                    findings.problem(BundleLayout.MANIFEST, null, "lists runbook " + runbook.id() + " as not run, with a"
                            + " digest or file");
                }
            }
            default -> findings.problem(BundleLayout.MANIFEST, null, "gives runbook " + runbook.id() + " the unknown status "
                    + runbook.status());
        }
    }

    private void included(BundleManifest.Runbook runbook) {
        String file = BundleLayout.runbook(String.valueOf(runbook.sha256()));
        if (!file.equals(runbook.file())) {
            findings.problem(BundleLayout.MANIFEST, null, "puts runbook " + runbook.id() + " at " + runbook.file()
                    + ", not " + file);
            return;
        }
        accounted.add(file);
        ContentDigests.Digest actual = digests.of(file).orElse(null);
        String expected = runbook.redactedSha256() != null ? runbook.redactedSha256() : runbook.sha256();
        if (actual == null) {
            findings.problem(file, null, "is missing, but runbook " + runbook.id() + " is listed as included");
        } else if (!actual.sha256().equals(expected)) {
            findings.problem(file, null, "is not the runbook text with the digest its entries name");
        }
    }
}
