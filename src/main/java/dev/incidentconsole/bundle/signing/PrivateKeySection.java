package dev.incidentconsole.bundle.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Arrays;

/**
 * One key inside the decrypted part of an OpenSSH key file (PROTOCOL.key): the key type, its public and private
 * values in the same order {@code sshkey_private_serialize} uses, then nothing else (the comment follows).
 */
final class PrivateKeySection {

    private static final int ED25519_SEED_BYTES = 32;

    private PrivateKeySection() {
    }

    /** Reads the key and checks it against the public key stated in the file's clear part. */
    static SshKeyPair read(WireReader in, SshPublicKey stated) throws WireFormatException, GeneralSecurityException {
        String typeName = in.text("private key type");
        if (!typeName.equals(stated.type().sshName())) {
            throw new WireFormatException("the private key is " + SshPublicKey.abbreviate(typeName) + " but the public key is "
                    + stated.type().sshName());
        }
        SshPublicKey found;
        PrivateKey privateKey;
        switch (stated.type()) {
            case ED25519 -> {
                found = SshPublicKey.ed25519(in.bytes("ed25519 public key"));
                byte[] secret = in.bytes("ed25519 private key");
                if (secret.length != ED25519_SEED_BYTES + SshPublicKey.ED25519_KEY_BYTES) {
                    throw new WireFormatException("an ed25519 private key has 64 bytes, not " + secret.length);
                }
                byte[] seed = Arrays.copyOf(secret, ED25519_SEED_BYTES);
                privateKey = KeyFactory.getInstance("Ed25519")
                        .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
                Arrays.fill(seed, (byte) 0);
                Arrays.fill(secret, (byte) 0);
            }
            case RSA -> {
                BigInteger n = in.mpint("RSA modulus");
                BigInteger e = in.mpint("RSA public exponent");
                BigInteger d = in.mpint("RSA private exponent");
                BigInteger iqmp = in.mpint("RSA iqmp");
                BigInteger p = in.mpint("RSA p");
                BigInteger q = in.mpint("RSA q");
                if (p.signum() == 0 || q.signum() == 0) {
                    throw new WireFormatException("the RSA primes are missing");
                }
                found = SshPublicKey.rsa(e, n);
                BigInteger dp = d.mod(p.subtract(BigInteger.ONE));
                BigInteger dq = d.mod(q.subtract(BigInteger.ONE));
                privateKey = KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(n, e, d, p, q, dp, dq, iqmp));
            }
            default -> {
                found = SshPublicKey.ecdsa(stated.type(), in.text("curve name"), in.bytes("EC point"));
                BigInteger d = in.mpint("EC private value");
                privateKey = KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(d, stated.type().curve()));
            }
        }
        if (!found.equals(stated)) {
            throw new WireFormatException("the private part holds a different public key than the file states");
        }
        return SshKeyPair.of(found, privateKey);
    }

    static void write(SshKeyPair keys, WireWriter out) throws WireFormatException {
        SshPublicKey publicKey = keys.publicKey();
        WireReader blob = new WireReader(publicKey.blob());
        out.text(blob.text("key type"));
        PrivateKey privateKey = keys.privateKey();
        switch (publicKey.type()) {
            case ED25519 -> {
                byte[] raw = blob.bytes("ed25519 public key");
                byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                        .orElseThrow(() -> new WireFormatException("this ed25519 private key cannot be exported"));
                byte[] secret = Arrays.copyOf(seed, ED25519_SEED_BYTES + raw.length);
                System.arraycopy(raw, 0, secret, ED25519_SEED_BYTES, raw.length);
                out.bytes(raw).bytes(secret);
                Arrays.fill(seed, (byte) 0);
                Arrays.fill(secret, (byte) 0);
            }
            case RSA -> {
                RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) privateKey;
                out.mpint(rsa.getModulus()).mpint(rsa.getPublicExponent()).mpint(rsa.getPrivateExponent())
                        .mpint(rsa.getCrtCoefficient()).mpint(rsa.getPrimeP()).mpint(rsa.getPrimeQ());
            }
            default -> out.text(blob.text("curve name")).bytes(blob.bytes("EC point")).mpint(((ECPrivateKey) privateKey).getS());
        }
    }
}
