package dev.incidentconsole.bundle.verify;

import dev.incidentconsole.bundle.BundleLayout;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.signing.AllowedSigners;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.bundle.signing.SignatureCheck;
import dev.incidentconsole.bundle.signing.SignatureFormatException;
import dev.incidentconsole.bundle.signing.SshSignature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The signature over SHA256SUMS, the bundle's own allowed_signers and manifest agreeing on the key, and whether
 * the analyst trusts that key for the principal it signs as.
 */
final class SignerCheck {

    private static final int MAX_SIGNATURE_BYTES = 64 * 1024;
    private static final int MAX_ALLOWED_SIGNERS_BYTES = 1024 * 1024;

    /** The signature's key; {@code trusted} only when the analyst's allowed_signers admits it. */
    record Signer(String principal, String publicKey, String fingerprint, boolean trusted) {
    }

    private SignerCheck() {
    }

    /** The signer, or null when the signature cannot be read or does not hold. */
    static Signer check(BundleArchive archive, byte[] sums, BundleManifest.Exporter exporter, AnalystTrust trust,
                        Instant now, Findings findings) {
        SignatureCheck check;
        try {
            String armored = new String(archive.readAllBytes(BundleLayout.SIGNATURE, MAX_SIGNATURE_BYTES),
                    StandardCharsets.UTF_8);
            SshSignature signature = SshSignature.parse(armored);
            if (!signature.armored().equals(armored)) {
                // The file is covered by nothing but itself: any change to it, even one a parser would forgive, is news.
                findings.problem(BundleLayout.SIGNATURE, null, "is not byte for byte the armored signature it holds:"
                        + " the file was edited after signing");
            }
            check = signature.verify(new ByteArrayInputStream(sums), BundleSigner.NAMESPACE);
        } catch (SignatureFormatException | IOException e) {
            findings.problem(BundleLayout.SIGNATURE, null, "cannot be read: " + e.getMessage());
            return null;
        }
        if (!check.valid()) {
            findings.problem(BundleLayout.SIGNATURE, null, "is not a valid signature of " + BundleLayout.SUMS + ": "
                    + check.problem());
            return null;
        }
        if (exporter == null) {
            findings.problem(BundleLayout.MANIFEST, null, "does not say who signed, so the signing key cannot be tied to"
                    + " a principal");
            return null;
        }
        String principal = exporter.principal();
        if (!sameKey(exporter.publicKey(), check.signerKey()) || !check.fingerprint().equals(exporter.keyFingerprint())) {
            findings.problem(BundleLayout.MANIFEST, null, "names signing key " + exporter.keyFingerprint()
                    + ", but " + BundleLayout.SIGNATURE + " was made with " + check.fingerprint());
        }
        bundleSignersAdmit(archive, principal, check, now, findings);
        boolean trusted = trust.trusts(principal, check.signerKey(), now);
        if (trusted) {
            findings.note(null, null, "signed by " + principal + " with key " + check.fingerprint() + ", which "
                    + trust.source() + " trusts for " + BundleSigner.NAMESPACE);
        } else {
            findings.note(null, null, "the signature is valid, but signed by a key you have not trusted: " + principal
                    + " with key " + check.fingerprint() + ". " + trust.whyNot() + " Once you have confirmed that"
                    + " fingerprint with " + principal + ", add this line to your allowed_signers file: "
                    + AllowedSigners.lineFor(principal, check.signerKey(), BundleSigner.NAMESPACE));
        }
        return new Signer(principal, check.signerKey(), check.fingerprint(), trusted);
    }

    private static void bundleSignersAdmit(BundleArchive archive, String principal, SignatureCheck check, Instant now,
                                           Findings findings) {
        AllowedSigners bundled;
        try {
            bundled = AllowedSigners.parse(new String(archive.readAllBytes(BundleLayout.ALLOWED_SIGNERS,
                    MAX_ALLOWED_SIGNERS_BYTES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            findings.problem(BundleLayout.ALLOWED_SIGNERS, null, "cannot be read: " + e.getMessage());
            return;
        }
        if (!bundled.trusts(principal, check.signerKey(), BundleSigner.NAMESPACE, now)) {
            findings.problem(BundleLayout.ALLOWED_SIGNERS, null, "does not allow the signing key " + check.fingerprint()
                    + " to sign bundles as " + principal + ", so ssh-keygen -Y verify would refuse the bundle");
        }
    }

    /** Compares {@code type base64}, ignoring any comment after it. */
    private static boolean sameKey(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String[] left = a.strip().split("\\s+");
        String[] right = b.strip().split("\\s+");
        return left.length >= 2 && right.length >= 2 && left[0].equals(right[0]) && left[1].equals(right[1]);
    }
}
