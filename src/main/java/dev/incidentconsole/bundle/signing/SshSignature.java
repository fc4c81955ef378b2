package dev.incidentconsole.bundle.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An OpenSSH signature ({@code ssh-keygen -Y sign}, PROTOCOL.sshsig): the signer's public key, a namespace that
 * keeps a signature for one purpose from being replayed for another, and a signature over the SHA-512 (or
 * SHA-256) of the message. The message is only ever streamed through the digest, so it may be of any size.
 */
public final class SshSignature {

    private static final byte[] MAGIC = "SSHSIG".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final String SIGNING_HASH = "sha512";

    private final SshPublicKey signer;
    private final String namespace;
    private final String hashAlgorithm;
    private final SignatureBlob signature;

    private SshSignature(SshPublicKey signer, String namespace, String hashAlgorithm, SignatureBlob signature) {
        this.signer = signer;
        this.namespace = namespace;
        this.hashAlgorithm = hashAlgorithm;
        this.signature = signature;
    }

    /** Signs everything {@code data} yields (read to its end, not closed) for {@code namespace}. */
    static SshSignature sign(SshKeyPair keys, InputStream data, String namespace) throws IOException {
        if (namespace == null || namespace.isEmpty()) {
            throw new IllegalArgumentException("a signature needs a namespace, e.g. " + BundleSigner.NAMESPACE);
        }
        byte[] digest = digest(SIGNING_HASH, data);
        SignatureBlob signature = keys.sign(signedData(namespace, SIGNING_HASH, digest));
        return new SshSignature(keys.publicKey(), namespace, SIGNING_HASH, signature);
    }

    /** Reads armored text as {@code ssh-keygen -Y sign} writes it; anything unreadable is a clear checked error. */
    public static SshSignature parse(String armored) throws SignatureFormatException {
        Objects.requireNonNull(armored, "armored");
        byte[] blob = SignatureArmor.dearmor(armored);
        try {
            WireReader in = new WireReader(blob);
            if (!Arrays.equals(in.raw(Math.min(MAGIC.length, in.remaining()), "magic"), MAGIC)) {
                throw new SignatureFormatException("not an SSH signature: the SSHSIG magic is missing");
            }
            long version = in.uint32("version");
            if (version != VERSION) {
                throw new SignatureFormatException("SSH signature version " + version + " is not supported (only 1 is)");
            }
            SshPublicKey signer = SshPublicKey.fromBlob(in.bytes("public key"));
            String namespace = in.text("namespace");
            in.bytes("reserved");
            String hashAlgorithm = in.text("hash algorithm");
            if (!hashAlgorithm.equals("sha512") && !hashAlgorithm.equals("sha256")) {
                throw new SignatureFormatException("hash algorithm \"" + SshPublicKey.abbreviate(hashAlgorithm)
                        + "\" is not supported (sha512 and sha256 are)");
            }
            SignatureBlob signature = SignatureBlob.read(in.bytes("signature"), signer);
            in.expectEnd("the SSH signature");
            return new SshSignature(signer, namespace, hashAlgorithm, signature);
        } catch (WireFormatException e) {
            throw new SignatureFormatException("malformed SSH signature: " + e.getMessage());
        }
    }

    /**
     * Checks the signature against everything {@code data} yields (read to its end, not closed). A wrong
     * namespace is a failed check, as it is for {@code ssh-keygen -Y verify}.
     */
    public SignatureCheck verify(InputStream data, String expectedNamespace) throws IOException {
        if (!namespace.equals(expectedNamespace)) {
            return SignatureCheck.bad(signer, "the signature was made for namespace \"" + SshPublicKey.abbreviate(namespace)
                    + "\", not \"" + expectedNamespace + "\"");
        }
        byte[] digest = digest(hashAlgorithm, data);
        if (!signature.verifies(signer, signedData(namespace, hashAlgorithm, digest))) {
            return SignatureCheck.bad(signer, "the signature does not match the data: the data or the signature was changed");
        }
        return SignatureCheck.good(signer);
    }

    /** What is actually signed: the magic, namespace, an empty reserved field, the hash name and the hash. */
    private static byte[] signedData(String namespace, String hashAlgorithm, byte[] digest) {
        return new WireWriter().raw(MAGIC).text(namespace).bytes(new byte[0]).text(hashAlgorithm).bytes(digest).toByteArray();
    }

    private static byte[] digest(String hashAlgorithm, InputStream data) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(hashAlgorithm.equals("sha256") ? "SHA-256" : "SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256 and SHA-512", e);
        }
        byte[] buffer = new byte[64 * 1024];
        for (int n = data.read(buffer); n >= 0; n = data.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return digest.digest();
    }

    public String armored() {
        byte[] blob = new WireWriter().raw(MAGIC).uint32(VERSION).bytes(signer.blob()).text(namespace).bytes(new byte[0])
                .text(hashAlgorithm).bytes(signature.encode()).toByteArray();
        return SignatureArmor.armor(blob);
    }

    public String namespace() {
        return namespace;
    }

    /** {@code sha512} or {@code sha256}. */
    public String hashAlgorithm() {
        return hashAlgorithm;
    }

    /** e.g. {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256}, {@code rsa-sha2-512}. */
    public String signatureAlgorithm() {
        return signature.algorithm();
    }

    /** The signer's public key as {@code type base64}. */
    public String signerKey() {
        return signer.line();
    }

    public String signerFingerprint() {
        return signer.fingerprint();
    }
}
