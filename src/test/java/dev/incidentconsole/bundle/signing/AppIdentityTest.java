package dev.incidentconsole.bundle.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own Ed25519 identity: created once, stored as ssh-keygen stores keys, reopened only with its passphrase. */
class AppIdentityTest {

    private static final String PRINCIPAL = "Alice Example";
    private static final String PASSPHRASE = "tabletop exercise 7";

    @TempDir
    Path dir;

    @Test
    void createdOnceAndReopenedWithItsPassphrase() throws Exception {
        AppIdentity identity = new AppIdentity(dir.resolve("signing"));
        assertThat(identity.exists()).isFalse();

        SshKeySigner created = identity.create(PRINCIPAL, PASSPHRASE.toCharArray());
        assertThat(identity.exists()).isTrue();
        assertThat(created.publicKeyLine()).startsWith("ssh-ed25519 AAAA");

        SshKeySigner reopened = new AppIdentity(dir.resolve("signing")).open(PRINCIPAL, PASSPHRASE.toCharArray());
        assertThat(reopened.fingerprint()).isEqualTo(created.fingerprint());
        assertThat(reopened.publicKeyLine()).isEqualTo(created.publicKeyLine());
        assertThat(reopened.principal()).isEqualTo(PRINCIPAL);
    }

    @Test
    void storedAsSshKeygenStoresKeys() throws Exception {
        AppIdentity identity = new AppIdentity(dir.resolve("signing"));
        SshKeySigner signer = identity.create(PRINCIPAL, PASSPHRASE.toCharArray());

        assertThat(Files.readString(identity.keyFile())).startsWith(OpenSshKeyFile.BEGIN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(identity.keyFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("signing")))).isEqualTo("rwx------");
        assertThat(Files.readString(identity.publicKeyFile())).isEqualTo(signer.publicKeyLine() + " " + PRINCIPAL + "\n");

        String derived = OpenSshKeygen.succeed("-y", "-P", PASSPHRASE, "-f", identity.keyFile().toString()).strip();
        assertThat(derived).startsWith(signer.publicKeyLine());
        assertThat(OpenSshKeygen.run(null, "-y", "-P", "not it", "-f", identity.keyFile().toString()).output())
                .contains("incorrect passphrase");
        assertThat(OpenSshKeygen.fingerprint(identity.publicKeyFile())).isEqualTo(signer.fingerprint());
    }

    @Test
    void thePassphraseIsWrittenNowhere() throws Exception {
        AppIdentity identity = new AppIdentity(dir.resolve("signing"));
        identity.create(PRINCIPAL, PASSPHRASE.toCharArray());

        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(PASSPHRASE)
                        .doesNotContain("tabletop");
            }
        }
    }

    @Test
    void aWrongPassphraseIsAClearError() throws Exception {
        AppIdentity identity = new AppIdentity(dir);
        identity.create(PRINCIPAL, PASSPHRASE.toCharArray());

        assertThatThrownBy(() -> identity.open(PRINCIPAL, "guess".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("wrong passphrase for the app signing key " + identity.keyFile());
    }

    @Test
    void anExistingKeyIsNeverReplaced() throws Exception {
        AppIdentity identity = new AppIdentity(dir);
        SshKeySigner first = identity.create(PRINCIPAL, PASSPHRASE.toCharArray());
        String stored = Files.readString(identity.keyFile());

        assertThatThrownBy(() -> identity.create(PRINCIPAL, "another passphrase".toCharArray()))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("open it instead");
        assertThat(Files.readString(identity.keyFile())).isEqualTo(stored);
        assertThat(identity.open(PRINCIPAL, PASSPHRASE.toCharArray()).fingerprint()).isEqualTo(first.fingerprint());
    }

    @Test
    void refusesWhatCannotWork() {
        AppIdentity identity = new AppIdentity(dir);

        assertThatThrownBy(() -> identity.create(PRINCIPAL, new char[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a passphrase");
        assertThatThrownBy(() -> identity.create("a,b", PASSPHRASE.toCharArray())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> identity.open(PRINCIPAL, PASSPHRASE.toCharArray())).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("create one first");
        assertThat(identity.exists()).isFalse();
    }

    @Test
    void signsVerifiablyForSshKeygen() throws Exception {
        AppIdentity identity = new AppIdentity(dir.resolve("signing"));
        identity.create(PRINCIPAL, PASSPHRASE.toCharArray());
        SshKeySigner signer = identity.open(PRINCIPAL, (file, attempt) -> PASSPHRASE.toCharArray());
        byte[] sums = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  report.md\n".getBytes(StandardCharsets.UTF_8);
        Path message = Files.write(dir.resolve("SHA256SUMS"), sums);
        Path signature = Files.writeString(dir.resolve("SHA256SUMS.sig"),
                signer.sign(new ByteArrayInputStream(sums), BundleSigner.NAMESPACE));
        Path allowed = Files.writeString(dir.resolve("allowed_signers"), signer.allowedSignersLine() + "\n");

        OpenSshKeygen.Result result = OpenSshKeygen.verify(allowed, PRINCIPAL, BundleSigner.NAMESPACE, signature, message);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Good \"mcp-incident-bundle\" signature for " + PRINCIPAL);
    }
}
