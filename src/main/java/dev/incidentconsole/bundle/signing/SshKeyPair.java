package dev.incidentconsole.bundle.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;

/** A private key with its SSH public key, proven at construction to belong together. */
final class SshKeyPair {

    private static final byte[] PROBE = "does this private key match its public key?".getBytes(StandardCharsets.US_ASCII);

    private final SshPublicKey publicKey;
    private final PrivateKey privateKey;

    private SshKeyPair(SshPublicKey publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /**
     * Pairs the keys after one trial signature: a key file whose halves disagree (damaged, or edited by hand)
     * would otherwise produce bundles that no one can verify.
     */
    static SshKeyPair of(SshPublicKey publicKey, PrivateKey privateKey) throws GeneralSecurityException {
        SignatureBlob trial = SignatureBlob.sign(publicKey.type(), privateKey, PROBE);
        if (!trial.verifies(publicKey, PROBE)) {
            throw new InvalidKeyException("the private key does not belong to the public key " + publicKey.fingerprint());
        }
        return new SshKeyPair(publicKey, privateKey);
    }

    SshPublicKey publicKey() {
        return publicKey;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    SignatureBlob sign(byte[] data) {
        try {
            return SignatureBlob.sign(publicKey.type(), privateKey, data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed with a key that signed when it was loaded", e);
        }
    }
}
