package dev.incidentconsole.bundle.review;

import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.evidence.ChainVerification;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hash chain of a bundle's entries recomputed with {@link EntryHashing}, and each output file held against the
 * digest its entry seals (in a redacted bundle, against the masked copy's digest in the manifest: the original
 * bytes are not in the bundle). The signature and SHA256SUMS are the verifier's business, not this.
 */
final class ChainRecheck {

    private static final int SLICE = 256 * 1024;

    /** Opens the file that holds one stream of an entry, or null when the bundle has none. */
    @FunctionalInterface
    interface Files {
        InputStream open(EvidenceEntry entry, OutputStreamKind stream) throws IOException;
    }

    private final String incidentId;
    private final List<EvidenceEntry> entries;
    private final Map<Long, BundleManifest.Entry> described;
    private final boolean redacted;
    private final Files files;

    ChainRecheck(String incidentId, List<EvidenceEntry> entries, Map<Long, BundleManifest.Entry> described,
                 boolean redacted, Files files) {
        this.incidentId = incidentId;
        this.entries = entries;
        this.described = described;
        this.redacted = redacted;
        this.files = files;
    }

    ChainVerification run() {
        List<ChainVerification.Problem> problems = new ArrayList<>();
        String previous = EvidenceEntry.GENESIS;
        long expectedSeq = 1;
        for (EvidenceEntry entry : entries) {
            if (entry.seq() != expectedSeq) {
                problem(problems, entry, "comes where entry " + expectedSeq + " should: entries are missing or out of order");
            }
            if (!previous.equals(entry.previousHash())) {
                problem(problems, entry, "does not name the hash of the entry before it: the chain is broken here");
            }
            BundleManifest.Entry manifest = described.get(entry.seq());
            boolean masked = manifest != null && !manifest.redactedFields().isEmpty();
            if (!masked && !EntryHashing.hashMatches(entry)) {
                problem(problems, entry, "its fields do not hash to its entryHash: the entry was altered");
            }
            output(problems, entry, OutputStreamKind.STDOUT, entry.stdoutLength(), entry.stdoutSha256(),
                    manifest == null ? null : manifest.stdout());
            output(problems, entry, OutputStreamKind.STDERR, entry.stderrLength(), entry.stderrSha256(),
                    manifest == null ? null : manifest.stderr());
            previous = entry.entryHash();
            expectedSeq = entry.seq() + 1;
        }
        return new ChainVerification(1, entries.size(), problems);
    }

    private void output(List<ChainVerification.Problem> problems, EvidenceEntry entry, OutputStreamKind stream,
                        long sealedLength, String sealedSha256, BundleManifest.Stream manifest) {
        if (sealedLength == 0) {
            return;
        }
        String name = stream.name().toLowerCase(Locale.ROOT);
        long length = redacted && manifest != null && manifest.redactedLength() != null ? manifest.redactedLength() : sealedLength;
        String sha256 = redacted && manifest != null && manifest.redactedSha256() != null ? manifest.redactedSha256() : sealedSha256;
        MessageDigest digest = EntryHashing.sha256();
        long read = 0;
        try (InputStream in = files.open(entry, stream)) {
            if (in == null) {
                problem(problems, entry, "its " + name + " is " + sealedLength + " bytes, but the bundle has no file for it");
                return;
            }
            byte[] buffer = new byte[SLICE];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                read += n;
            }
        } catch (IOException e) {
            problem(problems, entry, "its " + name + " cannot be read from the bundle: " + e.getMessage());
            return;
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (read != length || !actual.equals(sha256)) {
            problem(problems, entry, "its " + name + " file is " + read + " bytes with SHA-256 " + actual + ", but "
                    + (redacted ? "the manifest gives " : "the entry seals ") + length + " bytes with " + sha256);
        }
    }

    private void problem(List<ChainVerification.Problem> problems, EvidenceEntry entry, String what) {
        problems.add(new ChainVerification.Problem(incidentId, entry.seq(), what));
    }
}
