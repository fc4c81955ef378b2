package dev.incidentconsole.bundle.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.security.spec.KeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * A public key as OpenSSH sees it: its wire blob (what fingerprints and allowed_signers compare), the
 * {@code type base64} text, and the JDK key that checks signatures. Built only from validated input, so a key
 * that exists can be used without further checks.
 */
final class SshPublicKey {

    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519; the raw 32-byte key follows it. */
    private static final byte[] ED25519_X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    static final int ED25519_KEY_BYTES = 32;

    private final SshKeyType type;
    private final byte[] blob;
    private final PublicKey jdkKey;

    private SshPublicKey(SshKeyType type, byte[] blob, PublicKey jdkKey) {
        this.type = type;
        this.blob = blob;
        this.jdkKey = jdkKey;
    }

    /** Reads a key blob as found in signatures and key files; rejects anything OpenSSH would not accept. */
    static SshPublicKey fromBlob(byte[] blob) throws WireFormatException {
        WireReader in = new WireReader(blob);
        String name = in.text("key type");
        SshKeyType type = SshKeyType.byName(name).orElseThrow(() -> new WireFormatException(
                "key type \"" + name + "\" is not supported (ssh-ed25519, ecdsa-sha2-nistp256/384/521 and ssh-rsa are)"));
        SshPublicKey key = switch (type) {
            case ED25519 -> ed25519(in.bytes("ed25519 public key"));
            case RSA -> rsa(in.mpint("RSA exponent"), in.mpint("RSA modulus"));
            default -> ecdsa(type, in.text("curve name"), in.bytes("EC point"));
        };
        in.expectEnd("the public key");
        return key;
    }

    /** Parses {@code type base64 [comment]}, the form of .pub files and of allowed_signers keys. */
    static SshPublicKey fromLine(String line) throws WireFormatException {
        String[] parts = line.strip().split("\\s+", 3);
        if (parts.length < 2) {
            throw new WireFormatException("expected \"<key type> <base64 key>\" but found \"" + abbreviate(line) + "\"");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("the key after \"" + abbreviate(parts[0]) + "\" is not valid base64");
        }
        SshPublicKey key = fromBlob(blob);
        if (!key.type.sshName().equals(parts[0])) {
            throw new WireFormatException("the line says " + abbreviate(parts[0]) + " but holds a " + key.type.sshName() + " key");
        }
        return key;
    }

    /** The SSH form of a key from a key file or generator; fails for types OpenSSH signatures cannot carry. */
    static SshPublicKey of(PublicKey key) throws WireFormatException {
        if (key instanceof RSAPublicKey rsa) {
            return rsa(rsa.getPublicExponent(), rsa.getModulus());
        }
        if (key instanceof ECPublicKey ec) {
            int fieldBytes = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
            SshKeyType type = SshKeyType.ecdsaWithFieldBytes(fieldBytes)
                    .orElseThrow(() -> new WireFormatException("only the NIST P-256, P-384 and P-521 curves are supported"));
            return ecdsa(type, type.curveName(), uncompressedPoint(ec.getW(), fieldBytes));
        }
        byte[] encoded = key.getEncoded();
        if (encoded != null && encoded.length == ED25519_X509_PREFIX.length + ED25519_KEY_BYTES
                && Arrays.equals(encoded, 0, ED25519_X509_PREFIX.length, ED25519_X509_PREFIX, 0, ED25519_X509_PREFIX.length)) {
            return ed25519(Arrays.copyOfRange(encoded, ED25519_X509_PREFIX.length, encoded.length));
        }
        throw new WireFormatException(key.getAlgorithm() + " keys are not supported (ed25519, ECDSA and RSA are)");
    }

    static SshPublicKey ed25519(byte[] raw) throws WireFormatException {
        if (raw.length != ED25519_KEY_BYTES) {
            throw new WireFormatException("an ed25519 public key has 32 bytes, not " + raw.length);
        }
        byte[] x509 = Arrays.copyOf(ED25519_X509_PREFIX, ED25519_X509_PREFIX.length + ED25519_KEY_BYTES);
        System.arraycopy(raw, 0, x509, ED25519_X509_PREFIX.length, ED25519_KEY_BYTES);
        PublicKey jdk = generate("Ed25519", new X509EncodedKeySpec(x509));
        return new SshPublicKey(SshKeyType.ED25519, new WireWriter().text(SshKeyType.ED25519.sshName()).bytes(raw).toByteArray(), jdk);
    }

    static SshPublicKey rsa(BigInteger exponent, BigInteger modulus) throws WireFormatException {
        if (modulus.bitLength() < SshKeyType.MIN_RSA_BITS) {
            throw new WireFormatException("RSA keys below " + SshKeyType.MIN_RSA_BITS + " bits are refused (this one has "
                    + modulus.bitLength() + ")");
        }
        if (!exponent.testBit(0) || exponent.compareTo(BigInteger.valueOf(3)) < 0) {
            throw new WireFormatException("the RSA public exponent is invalid");
        }
        PublicKey jdk = generate("RSA", new RSAPublicKeySpec(modulus, exponent));
        byte[] blob = new WireWriter().text(SshKeyType.RSA.sshName()).mpint(exponent).mpint(modulus).toByteArray();
        return new SshPublicKey(SshKeyType.RSA, blob, jdk);
    }

    static SshPublicKey ecdsa(SshKeyType type, String curveName, byte[] point) throws WireFormatException {
        if (!type.curveName().equals(curveName)) {
            throw new WireFormatException(type.sshName() + " key names curve \"" + abbreviate(curveName) + "\"");
        }
        int n = type.fieldBytes();
        if (point.length != 1 + 2 * n || point[0] != 4) {
            throw new WireFormatException("the " + curveName + " point is not an uncompressed point of " + (1 + 2 * n) + " bytes");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + n));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 1 + n, point.length));
        ECParameterSpec curve = type.curve();
        if (!onCurve(curve.getCurve(), x, y)) {
            throw new WireFormatException("the " + curveName + " point is not on the curve");
        }
        PublicKey jdk = generate("EC", new ECPublicKeySpec(new ECPoint(x, y), curve));
        byte[] blob = new WireWriter().text(type.sshName()).text(curveName).bytes(point).toByteArray();
        return new SshPublicKey(type, blob, jdk);
    }

    /** y^2 = x^3 + ax + b over the prime field; the JDK does not check points it is handed. */
    private static boolean onCurve(EllipticCurve curve, BigInteger x, BigInteger y) {
        BigInteger p = ((ECFieldFp) curve.getField()).getP();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        return y.modPow(BigInteger.TWO, p).equals(right);
    }

    static byte[] uncompressedPoint(ECPoint w, int fieldBytes) {
        byte[] out = new byte[1 + 2 * fieldBytes];
        out[0] = 4;
        EcdsaSignatureEncoding.putFixed(w.getAffineX(), out, 1, fieldBytes);
        EcdsaSignatureEncoding.putFixed(w.getAffineY(), out, 1 + fieldBytes, fieldBytes);
        return out;
    }

    private static PublicKey generate(String algorithm, KeySpec spec) throws WireFormatException {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(spec);
        } catch (GeneralSecurityException e) {
            throw new WireFormatException("not a usable " + algorithm + " public key: " + e.getMessage());
        }
    }

    static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }

    SshKeyType type() {
        return type;
    }

    PublicKey jdkKey() {
        return jdkKey;
    }

    byte[] blob() {
        return blob.clone();
    }

    /** {@code type base64}: the middle of a .pub or allowed_signers line. */
    String line() {
        return type.sshName() + " " + Base64.getEncoder().encodeToString(blob);
    }

    /** {@code SHA256:} and the unpadded base64 of the blob's SHA-256, exactly as {@code ssh-keygen -l} prints it. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SshPublicKey key && Arrays.equals(blob, key.blob);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(blob);
    }

    @Override
    public String toString() {
        return type.sshName() + " " + fingerprint();
    }
}
