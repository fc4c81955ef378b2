package dev.incidentconsole.bundle.verify;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.archive.BundleLimits;
import dev.incidentconsole.bundle.archive.BundleRejectedException;
import dev.incidentconsole.bundle.archive.MalformedSha256SumsException;
import dev.incidentconsole.bundle.archive.Sha256Sums;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Checks a received evidence bundle without trusting whoever sent it. The zip is opened by {@link BundleArchive},
 * which refuses hostile archives before anything is read; then: SHA256SUMS is well formed and every file matches
 * it, with none unlisted; the SSHSIG signature over SHA256SUMS holds for the bundle namespace; the bundle's
 * allowed_signers and manifest name that same key; the manifest agrees with timeline.jsonl; the hash chain
 * recomputes from timeline.jsonl, with the outputs' digests taken from the files (or, in a redacted bundle, from
 * the manifest's record of the originals); and the analyst's own allowed_signers decides whether the signer is
 * trusted. Every file is streamed; only the manifest and SHA256SUMS are read whole, within fixed caps.
 */
public final class BundleVerifier {

    private static final int MAX_SUMS_BYTES = 64 * 1024 * 1024;
    private static final int MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

    private final AnalystTrust trust;
    private final Clock clock;
    private final BundleLimits limits;

    public BundleVerifier(AnalystTrust trust, Clock clock) {
        this(trust, clock, BundleLimits.DEFAULTS);
    }

    public BundleVerifier(AnalystTrust trust, Clock clock, BundleLimits limits) {
        this.trust = trust;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * @throws NoSuchFileException when there is no such file; anything wrong with the file itself is a finding
     */
    public VerificationReport verify(Path bundle) throws IOException {
        return verify(bundle, VerifyProgress.NONE, () -> false);
    }

    /**
     * Verifies as {@link #verify(Path)} does, telling {@code progress} how far the hashing of the files is and
     * stopping when {@code cancelled} turns true. {@code cancelled} is polled after every buffer hashed (256 KiB)
     * and every timeline line, so a cancel takes effect within milliseconds; interrupting the verifying thread
     * has the same effect. A cancelled verification gives no report at all, never a partial one.
     *
     * @throws VerificationCancelledException when cancelled or interrupted before the verdict
     * @throws NoSuchFileException            when there is no such file
     */
    public VerificationReport verify(Path bundle, VerifyProgress progress, BooleanSupplier cancelled)
            throws IOException {
        if (!Files.isRegularFile(bundle)) {
            throw new NoSuchFileException(bundle.toString(), null, "no bundle file there");
        }
        VerifyPacer pacer = new VerifyPacer(progress, cancelled);
        Findings findings = new Findings();
        SignerCheck.Signer signer = null;
        try (BundleArchive archive = BundleArchive.open(bundle, limits)) {
            signer = check(archive, findings, pacer);
        } catch (VerificationCancelledException e) {
            throw e;
        } catch (BundleRejectedException e) {
            pacer.stopIfCancelled(e);
            findings.problem(e.entryName().orElse(null), null, "the bundle was refused as unsafe or damaged: "
                    + e.getMessage());
        } catch (IOException e) {
            pacer.stopIfCancelled(e);
            throw e;
        } catch (RuntimeException e) {
            pacer.stopIfCancelled(e);
            // A bundle is hostile input: whatever it does to a check, the answer is a failed verification, not a crash.
            signer = null;
            findings.problem(null, null, "the bundle could not be checked to the end (" + e + ")");
        }
        // A cancel while the small files were read may have turned into findings; they say nothing about the bundle.
        pacer.stopIfCancelled(null);
        Verdict verdict = findings.anyProblem() || signer == null ? Verdict.FAILED
                : signer.trusted() ? Verdict.TRUSTED : Verdict.UNTRUSTED;
        return new VerificationReport(bundle, verdict, findings.all(), signer == null ? null : signer.principal(),
                signer == null ? null : signer.fingerprint());
    }

    private SignerCheck.Signer check(BundleArchive archive, Findings findings, VerifyPacer pacer) throws IOException {
        for (String name : List.of(BundleLayout.SUMS, BundleLayout.SIGNATURE, BundleLayout.ALLOWED_SIGNERS,
                BundleLayout.MANIFEST, BundleLayout.TIMELINE)) {
            if (!archive.contains(name)) {
                findings.problem(name, null, "is missing: this is not a complete evidence bundle");
            }
        }
        if (findings.anyProblem()) {
            return null;
        }
        byte[] sumsBytes = archive.readAllBytes(BundleLayout.SUMS, MAX_SUMS_BYTES);
        Sha256Sums sums = null;
        try {
            sums = Sha256Sums.parse(sumsBytes);
        } catch (MalformedSha256SumsException e) {
            findings.problem(BundleLayout.SUMS, null, e.getMessage());
        }
        ContentDigests digests = ContentDigests.read(archive, sums, findings, pacer);
        BundleManifest manifest = null;
        try {
            manifest = new ManifestReader().read(archive.readAllBytes(BundleLayout.MANIFEST, MAX_MANIFEST_BYTES));
        } catch (ManifestReader.Unreadable e) {
            findings.problem(BundleLayout.MANIFEST, null, e.getMessage());
        }
        SignerCheck.Signer signer = SignerCheck.check(archive, sumsBytes, manifest == null ? null : manifest.exporter(),
                trust, clock.instant(), findings);
        if (manifest != null) {
            new TimelineCheck(manifest, findings, pacer).run(archive);
            new ContentCheck(manifest, digests, findings).run(archive.fileNames());
        }
        return signer;
    }
}
