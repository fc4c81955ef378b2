package dev.incidentconsole.remote.ssh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;

/**
 * Host keys as OpenSSH shows and compares them: the SSH wire encoding (the blob known_hosts stores in base64)
 * and the {@code SHA256:} fingerprint {@code ssh-keygen -l} prints. sshj's own fingerprint is MD5, which
 * nobody compares against any more.
 */
public final class HostKeyFingerprint {

    private static final String PREFIX = "SHA256:";

    private HostKeyFingerprint() {
    }

    /** {@code SHA256:<base64 without padding>} of the key's wire encoding, exactly as OpenSSH prints it. */
    public static String of(PublicKey key) {
        return ofBlob(wireEncoding(key));
    }

    /** The fingerprint of an already encoded key blob. */
    public static String ofBlob(byte[] blob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The key in SSH wire format: the bytes known_hosts holds and the unit keys are compared by. */
    public static byte[] wireEncoding(PublicKey key) {
        return new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
    }

    /** The SSH name of the key's type, e.g. {@code ssh-ed25519} or {@code ecdsa-sha2-nistp256}. */
    public static String keyType(PublicKey key) {
        return KeyType.fromKey(key).toString();
    }

    /** The key as the middle of a known_hosts line: {@code keytype base64}. */
    public static String knownHostsKeyText(PublicKey key) {
        return keyType(key) + " " + Base64.getEncoder().encodeToString(wireEncoding(key));
    }
}
