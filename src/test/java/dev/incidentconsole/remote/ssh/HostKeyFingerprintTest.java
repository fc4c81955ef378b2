package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Base64;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprints read exactly as OpenSSH prints them, so a responder can compare them character for character. */
class HostKeyFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void fingerprintIsSha256OfTheWireEncodingInUnpaddedBase64() throws Exception {
        PublicKey key = TestKeys.ecdsa256();
        // Apache MINA encodes the key independently of sshj.
        String minaText = PublicKeyEntry.toString(key);
        byte[] minaBlob = Base64.getDecoder().decode(minaText.split(" ")[1]);
        String expected = "SHA256:" + Base64.getEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(minaBlob));

        assertThat(HostKeyFingerprint.of(key)).isEqualTo(expected).matches("SHA256:[A-Za-z0-9+/]{43}");
        assertThat(HostKeyFingerprint.wireEncoding(key)).isEqualTo(minaBlob);
        assertThat(HostKeyFingerprint.knownHostsKeyText(key)).isEqualTo(minaText);
        assertThat(HostKeyFingerprint.keyType(key)).isEqualTo("ecdsa-sha2-nistp256");
    }

    @Test
    void fingerprintEqualsSshKeygensForJavaGeneratedKeys() throws Exception {
        SshKeygen.assumeAvailable();
        for (PublicKey key : new PublicKey[] {TestKeys.ecdsa256(), TestKeys.ecdsa("secp384r1"), TestKeys.rsa()}) {
            Path pub = dir.resolve("host-" + HostKeyFingerprint.keyType(key) + ".pub");
            Files.writeString(pub, HostKeyFingerprint.knownHostsKeyText(key) + " host\n");

            assertThat(HostKeyFingerprint.of(key)).isEqualTo(SshKeygen.fingerprint(pub));
        }
    }

    @Test
    void fingerprintEqualsSshKeygensForAnEd25519KeyItGenerated() throws Exception {
        SshKeygen.assumeAvailable();
        String pub = SshKeygen.generate(dir, "ed25519", 0);
        Path file = dir.resolve("key-ed25519-0.pub");
        byte[] blob = Base64.getDecoder().decode(pub.split(" ")[1]);

        assertThat(HostKeyFingerprint.ofBlob(blob)).isEqualTo(SshKeygen.fingerprint(file));
    }
}
