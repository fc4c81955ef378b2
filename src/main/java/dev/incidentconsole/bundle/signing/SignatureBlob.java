package dev.incidentconsole.bundle.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;

/**
 * The signature field of an SSHSIG: {@code string algorithm, string signature}, the same encoding SSH uses for
 * authentication. Held in the form the JDK signs and verifies (raw ed25519, P1363 ECDSA, raw RSA).
 */
final class SignatureBlob {

    static final String RSA_SHA512 = "rsa-sha2-512";
    static final String RSA_SHA256 = "rsa-sha2-256";
    private static final int ED25519_SIGNATURE_BYTES = 64;

    private final String algorithm;
    private final byte[] jdkSignature;

    private SignatureBlob(String algorithm, byte[] jdkSignature) {
        this.algorithm = algorithm;
        this.jdkSignature = jdkSignature;
    }

    /** Signs with the algorithm OpenSSH chooses for the key: rsa-sha2-512 for RSA keys. */
    static SignatureBlob sign(SshKeyType type, PrivateKey key, byte[] data) throws GeneralSecurityException {
        String algorithm = type == SshKeyType.RSA ? RSA_SHA512 : type.sshName();
        Signature signer = Signature.getInstance(jdkAlgorithm(type, algorithm));
        signer.initSign(key);
        signer.update(data);
        return new SignatureBlob(algorithm, signer.sign());
    }

    /** Reads the field for a signature by {@code key}; the algorithm must be one OpenSSH accepts for that key. */
    static SignatureBlob read(byte[] blob, SshPublicKey key) throws WireFormatException {
        WireReader in = new WireReader(blob);
        String algorithm = in.text("signature algorithm");
        byte[] signature = in.bytes("signature value");
        in.expectEnd("the signature field");
        SshKeyType type = key.type();
        if (type == SshKeyType.RSA) {
            if (!algorithm.equals(RSA_SHA512) && !algorithm.equals(RSA_SHA256)) {
                throw new WireFormatException("RSA signature algorithm \"" + SshPublicKey.abbreviate(algorithm)
                        + "\" is refused (rsa-sha2-512 and rsa-sha2-256 are accepted; SHA-1 is not)");
            }
            return new SignatureBlob(algorithm, rsaToModulusLength(signature, (RSAPublicKey) key.jdkKey()));
        }
        if (!algorithm.equals(type.sshName())) {
            throw new WireFormatException("a " + type.sshName() + " key cannot make a \"" + SshPublicKey.abbreviate(algorithm)
                    + "\" signature");
        }
        if (type == SshKeyType.ED25519) {
            if (signature.length != ED25519_SIGNATURE_BYTES) {
                throw new WireFormatException("an ed25519 signature has 64 bytes, not " + signature.length);
            }
            return new SignatureBlob(algorithm, signature);
        }
        return new SignatureBlob(algorithm, EcdsaSignatureEncoding.toP1363(signature, type.fieldBytes()));
    }

    /** OpenSSH accepts RSA signatures shorter than the modulus and pads them; the JDK wants the full length. */
    private static byte[] rsaToModulusLength(byte[] signature, RSAPublicKey key) throws WireFormatException {
        int modulusBytes = (key.getModulus().bitLength() + 7) / 8;
        if (signature.length > modulusBytes) {
            throw new WireFormatException("the RSA signature is longer than the key's modulus");
        }
        byte[] padded = new byte[modulusBytes];
        System.arraycopy(signature, 0, padded, modulusBytes - signature.length, signature.length);
        return padded;
    }

    private static String jdkAlgorithm(SshKeyType type, String algorithm) {
        if (type != SshKeyType.RSA) {
            return type.jdkSignature();
        }
        return algorithm.equals(RSA_SHA256) ? "SHA256withRSA" : "SHA512withRSA";
    }

    String algorithm() {
        return algorithm;
    }

    /** True only for a good signature by {@code key} over {@code data}; any failure inside the JDK means no. */
    boolean verifies(SshPublicKey key, byte[] data) {
        try {
            Signature verifier = Signature.getInstance(jdkAlgorithm(key.type(), algorithm));
            verifier.initVerify(key.jdkKey());
            verifier.update(data);
            return verifier.verify(jdkSignature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // The JDK throws (instead of answering false) for some forged values, e.g. ECDSA r or s of zero.
            return false;
        }
    }

    byte[] encode() {
        byte[] wire = algorithm.startsWith("ecdsa-") ? EcdsaSignatureEncoding.toSsh(jdkSignature) : jdkSignature;
        return new WireWriter().text(algorithm).bytes(wire).toByteArray();
    }
}
