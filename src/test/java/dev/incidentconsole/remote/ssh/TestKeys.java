package dev.incidentconsole.remote.ssh;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import net.schmizz.sshj.common.Buffer;

/** Host keys for known_hosts tests, made without any external tool. */
final class TestKeys {

    private TestKeys() {
    }

    static PublicKey ecdsa(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PublicKey generate(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey ecdsa256() {
        return ecdsa("secp256r1");
    }

    static PublicKey rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh ed25519 key as known_hosts holds it: {@code ssh-ed25519 base64}. */
    static String ed25519Text() {
        byte[] encoded = generate("Ed25519").getEncoded();
        // X.509 SubjectPublicKeyInfo for Ed25519 ends with the 32-byte public point.
        byte[] point = java.util.Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        byte[] blob = new Buffer.PlainBuffer().putString("ssh-ed25519").putBytes(point).getCompactData();
        return "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob);
    }

    /** {@code hosts keytype base64}. */
    static String line(String hosts, PublicKey key) {
        return hosts + " " + HostKeyFingerprint.knownHostsKeyText(key);
    }
}
