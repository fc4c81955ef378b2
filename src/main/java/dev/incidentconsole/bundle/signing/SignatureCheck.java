package dev.incidentconsole.bundle.signing;

/**
 * The outcome of checking a readable SSH signature against data and a namespace. Says nothing about whether the
 * signer is trusted: that is {@link AllowedSigners}' question.
 *
 * @param valid       the signature is good for exactly this data and namespace
 * @param signerKey   the signing public key as {@code type base64}
 * @param fingerprint its {@code SHA256:} fingerprint as {@code ssh-keygen -l} prints it
 * @param problem     why the signature is not valid; empty when it is
 */
public record SignatureCheck(boolean valid, String signerKey, String fingerprint, String problem) {

    static SignatureCheck good(SshPublicKey key) {
        return new SignatureCheck(true, key.line(), key.fingerprint(), "");
    }

    static SignatureCheck bad(SshPublicKey key, String problem) {
        return new SignatureCheck(false, key.line(), key.fingerprint(), problem);
    }
}
