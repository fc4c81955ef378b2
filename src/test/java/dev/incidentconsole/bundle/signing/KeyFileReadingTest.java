package dev.incidentconsole.bundle.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.remote.ssh.LegacyPemKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The responder's own key files, as ssh-keygen writes them, in every format and state we meet. */
class KeyFileReadingTest {

    private static final String PRINCIPAL = "alice@example.org";

    @TempDir
    Path dir;

    /** Answers from a script and records every attempt number and array it handed out. */
    private static final class ScriptedPrompt implements KeyPassphrasePrompt {
        final List<Integer> attempts = new ArrayList<>();
        final List<char[]> handedOut = new ArrayList<>();
        private final String[] answers;

        ScriptedPrompt(String... answers) {
            this.answers = answers;
        }

        @Override
        public char[] passphraseFor(Path keyFile, int attempt) {
            attempts.add(attempt);
            String answer = attempt <= answers.length ? answers[attempt - 1] : answers[answers.length - 1];
            char[] chars = answer == null ? null : answer.toCharArray();
            handedOut.add(chars);
            return chars;
        }
    }

    private void assertSameKeyAsSshKeygen(SshKeySigner signer, Path key) throws Exception {
        assertThat(signer.fingerprint()).isEqualTo(OpenSshKeygen.fingerprint(Path.of(key + ".pub")));
        assertThat(signer.publicKeyLine()).isEqualTo(OpenSshKeygen.publicKeyLine(Path.of(key + ".pub")));
    }

    @ParameterizedTest
    @CsvSource({"ed25519,", "ecdsa,-b 384", "rsa,-b 2048"})
    void encryptedKeysOpenWithTheirPassphrase(String type, String bits) throws Exception {
        Path key = OpenSshKeygen.generate(dir, "k", type, "correct horse", bits == null ? new String[0] : bits.split(" "));
        ScriptedPrompt prompt = new ScriptedPrompt("correct horse");

        assertSameKeyAsSshKeygen(SshKeySigner.fromKeyFile(key, PRINCIPAL, prompt), key);
        assertThat(prompt.attempts).containsExactly(1);
        assertThat(prompt.handedOut.get(0)).as("the passphrase is wiped after use").containsOnly('\0');
    }

    @Test
    void aWrongPassphraseIsAskedAgainThenRefusedInWords() throws Exception {
        Path key = OpenSshKeygen.generate(dir, "k", "ed25519", "right");
        ScriptedPrompt prompt = new ScriptedPrompt("wrong", "", "also wrong");

        assertThatThrownBy(() -> SshKeySigner.fromKeyFile(key, PRINCIPAL, prompt))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("wrong passphrase for " + key + " (3 attempts)");
        assertThat(prompt.attempts).containsExactly(1, 2, 3);
    }

    @Test
    void theRightPassphraseOnASecondAttemptOpensTheKey() throws Exception {
        Path key = OpenSshKeygen.generate(dir, "k", "ecdsa", "right");
        ScriptedPrompt prompt = new ScriptedPrompt("wrong", "right");

        assertSameKeyAsSshKeygen(SshKeySigner.fromKeyFile(key, PRINCIPAL, prompt), key);
        assertThat(prompt.attempts).containsExactly(1, 2);
    }

    @Test
    void noAnswerGivesUp() throws Exception {
        Path key = OpenSshKeygen.generate(dir, "k", "ed25519", "right");
        ScriptedPrompt prompt = new ScriptedPrompt((String) null);

        assertThatThrownBy(() -> SshKeySigner.fromKeyFile(key, PRINCIPAL, prompt))
                .isInstanceOf(PassphraseDeclinedException.class).hasMessageContaining("stays locked");
        assertThat(prompt.attempts).containsExactly(1);
        assertThatThrownBy(() -> SshKeySigner.fromKeyFile(key, PRINCIPAL, KeyPassphrasePrompt.NONE))
                .isInstanceOf(PassphraseDeclinedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aes128-ctr", "aes192-ctr", "aes128-cbc", "aes256-cbc", "aes128-gcm@openssh.com", "aes256-gcm@openssh.com"})
    void keysEncryptedWithOtherCiphersOpen(String cipher) throws Exception {
        Path key = OpenSshKeygen.generate(dir, "k", "ed25519", "pw", "-Z", cipher);

        assertSameKeyAsSshKeygen(SshKeySigner.fromKeyFile(key, PRINCIPAL, new ScriptedPrompt("pw")), key);
        assertThatThrownBy(() -> SshKeySigner.fromKeyFile(key, PRINCIPAL, new ScriptedPrompt("nope")))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void anUnsupportedCipherSaysHowToReEncrypt() throws Exception {
        Path key = OpenSshKeygen.generate(dir, "k", "ed25519", "pw", "-Z", "chacha20-poly1305@openssh.com");

        assertThatThrownBy(() -> SshKeySigner.fromKeyFile(key, PRINCIPAL, new ScriptedPrompt("pw")))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining("chacha20-poly1305@openssh.com")
                .hasMessageContaining("ssh-keygen -p -Z aes256-ctr -f " + key);
    }

    @ParameterizedTest
    @CsvSource({"rsa,PEM,", "rsa,PEM,pem-pass", "ecdsa,PEM,", "ecdsa,PEM,pem-pass", "rsa,PKCS8,", "rsa,PKCS8,pem-pass",
            "ecdsa,PKCS8,", "ecdsa,PKCS8,pem-pass"})
    void pemKeysOpen(String type, String format, String passphrase) throws Exception {
        String pass = passphrase == null ? "" : passphrase;
        Path key = OpenSshKeygen.generate(dir, "k", type, pass, "-m", format);
        assertThat(Files.readString(key)).doesNotContain(OpenSshKeyFile.BEGIN);

        assertSameKeyAsSshKeygen(SshKeySigner.fromKeyFile(key, PRINCIPAL, new ScriptedPrompt(pass)), key);
        if (passphrase != null) {
            ScriptedPrompt wrong = new ScriptedPrompt("nope");
            assertThatThrownBy(() -> SshKeySigner.fromKeyFile(key, PRINCIPAL, wrong)).isInstanceOf(WrongPassphraseException.class);
            assertThat(wrong.attempts).containsExactly(1, 2, 3);
            assertThatThrownBy(() -> SshKeySigner.fromKeyFile(key, PRINCIPAL, KeyPassphrasePrompt.NONE))
                    .isInstanceOf(PassphraseDeclinedException.class);
        }
    }

    /** Legacy PEM only: for PKCS#8 files the decrypted key is parsed inside decryption, so garbage fails there. */
    @Test
    void aWrongPassphraseThatDecryptsToGarbageIsStillWrongAndAskedAgain() throws Exception {
        Path key = OpenSshKeygen.generate(dir, "k", "ecdsa", "pem-pass", "-m", "PEM");
        String text = Files.readString(key);
        String lucky = LegacyPemKeys.wrongPassphraseThatDecryptsToGarbage(text);

        ScriptedPrompt wrong = new ScriptedPrompt(lucky);
        assertThatThrownBy(() -> SshKeySigner.fromKeyFile(key, PRINCIPAL, wrong)).isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("3 attempts");
        assertThat(wrong.attempts).containsExactly(1, 2, 3);

        ScriptedPrompt thenRight = new ScriptedPrompt(lucky, "pem-pass");
        assertSameKeyAsSshKeygen(SshKeySigner.fromKeyFile(key, PRINCIPAL, thenRight), key);
        assertThat(thenRight.attempts).containsExactly(1, 2);
    }

    @Test
    void aPublicKeyFileIsNamedAsSuch() throws Exception {
        Path key = OpenSshKeygen.generate(dir, "k", "ed25519", "");
        Path pub = Path.of(key + ".pub");

        assertThatThrownBy(() -> SshKeySigner.fromKeyFile(pub, PRINCIPAL, KeyPassphrasePrompt.NONE))
                .isInstanceOf(KeyFileException.class).hasMessageContaining("is a public key; choose the private key file");
    }

    @Test
    void otherFilesAreRefusedInWords() throws Exception {
        Path binary = Files.write(dir.resolve("binary"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Path putty = Files.writeString(dir.resolve("putty.ppk"), "PuTTY-User-Key-File-3: ssh-ed25519\n");
        Path empty = Files.writeString(dir.resolve("empty"), "");

        for (Path file : List.of(binary, empty)) {
            assertThatThrownBy(() -> SshKeySigner.fromKeyFile(file, PRINCIPAL, KeyPassphrasePrompt.NONE))
                    .isInstanceOf(KeyFileException.class).hasMessageContaining("is not a private key file");
        }
        assertThatThrownBy(() -> SshKeySigner.fromKeyFile(putty, PRINCIPAL, KeyPassphrasePrompt.NONE))
                .isInstanceOf(KeyFileException.class).hasMessageContaining("puttygen");
    }

    @Test
    void dsaKeysAreRefusedByType() throws Exception {
        Path key = OpenSshKeygen.generate(dir, "k", "dsa", "");

        assertThatThrownBy(() -> SshKeySigner.fromKeyFile(key, PRINCIPAL, KeyPassphrasePrompt.NONE))
                .isInstanceOf(KeyFileException.class).hasMessageContaining("ssh-dss").hasMessageContaining("not supported");
    }

    /**
     * Truncations and single-character changes of a key file: the same key, or a KeyFileException. The encrypted
     * key gets fewer cases because each costs a bcrypt derivation per attempt.
     */
    @ParameterizedTest
    @CsvSource({"'',7,3", "pw,97,41"})
    void damagedKeyFilesGiveAKeyFileException(String passphrase, int cutStep, int changeStep) throws Exception {
        Path key = OpenSshKeygen.generate(dir, "k", "ed25519", passphrase);
        String text = Files.readString(key);
        String fingerprint = OpenSshKeygen.fingerprint(Path.of(key + ".pub"));
        Path damaged = dir.resolve("damaged");
        for (int cut = 0; cut < text.length() - OpenSshKeyFile.END.length(); cut += cutStep) {
            Files.writeString(damaged, text.substring(0, cut));
            assertThatThrownBy(() -> SshKeySigner.fromKeyFile(damaged, PRINCIPAL, new ScriptedPrompt(passphrase)))
                    .as("cut at %d", cut).isInstanceOf(KeyFileException.class);
        }
        int bodyEnd = text.indexOf(OpenSshKeyFile.END);
        for (int at = OpenSshKeyFile.BEGIN.length() + 1; at < bodyEnd; at += changeStep) {
            char replaced = text.charAt(at) == 'A' ? 'B' : 'A';
            Files.writeString(damaged, text.substring(0, at) + replaced + text.substring(at + 1));
            try {
                assertThat(SshKeySigner.fromKeyFile(damaged, PRINCIPAL, new ScriptedPrompt(passphrase)).fingerprint())
                        .as("a change at %d that still loads must leave the key alone (e.g. in the comment)", at).isEqualTo(fingerprint);
            } catch (KeyFileException expected) {
                assertThat(expected.getMessage()).contains(damaged.toString());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"ecdsa,-b 521", "rsa,-b 2048", "ed25519,"})
    void ourWriterProducesFilesSshKeygenOpens(String type, String bits) throws Exception {
        Path original = OpenSshKeygen.generate(dir, "k", type, "", bits == null ? new String[0] : bits.split(" "));
        SshKeyPair keys = OpenSshKeyFile.read(Files.readString(original), original, KeyPassphrasePrompt.NONE);
        Path written = dir.resolve("written");
        Files.writeString(written, OpenSshKeyFile.write(keys, "comment", "new pass".toCharArray(), new SecureRandom()),
                StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));

        String derived = OpenSshKeygen.succeed("-y", "-P", "new pass", "-f", written.toString()).strip();
        assertThat(derived).startsWith(keys.publicKey().line());
        assertThat(OpenSshKeygen.run(null, "-y", "-P", "wrong", "-f", written.toString()).exitCode()).isNotZero();
        assertThat(OpenSshKeyFile.read(Files.readString(written), written, (f, a) -> "new pass".toCharArray()).publicKey())
                .isEqualTo(keys.publicKey());
    }
}
