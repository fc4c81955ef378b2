package dev.incidentconsole.bundle.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;

/**
 * The app's own signing identity for responders without an SSH key of their own: an Ed25519 key created on first
 * use in a given folder and stored as ssh-keygen stores keys (an encrypted OpenSSH private key, 0600, with a .pub
 * beside it), so that {@code ssh-keygen -y -f <key>} opens it too. The passphrase is never written anywhere.
 */
public final class AppIdentity {

    static final String KEY_FILE_NAME = "bundle-signing-key";

    private final Path folder;
    private final SecureRandom random;

    public AppIdentity(Path folder) {
        this(folder, new SecureRandom());
    }

    AppIdentity(Path folder, SecureRandom random) {
        this.folder = folder;
        this.random = random;
    }

    public Path keyFile() {
        return folder.resolve(KEY_FILE_NAME);
    }

    public Path publicKeyFile() {
        return folder.resolve(KEY_FILE_NAME + ".pub");
    }

    public boolean exists() {
        return Files.exists(keyFile());
    }

    /**
     * Creates the key, encrypted under {@code passphrase} (not wiped: the caller owns it). Never replaces an
     * existing key: bundles signed with it would no longer match anyone's allowed_signers.
     */
    public SshKeySigner create(String principal, char[] passphrase) throws IOException {
        AllowedSigners.checkPrincipal(principal);
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("the app signing key needs a passphrase to protect it");
        }
        if (exists()) {
            throw new FileAlreadyExistsException(keyFile().toString(), null, "an app signing key already exists; open it instead");
        }
        SshKeyPair keys;
        String keyText;
        try {
            KeyPair generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            keys = SshKeyPair.of(SshPublicKey.of(generated.getPublic()), generated.getPrivate());
            keyText = OpenSshKeyFile.write(keys, principal, passphrase, random);
        } catch (GeneralSecurityException | WireFormatException e) {
            throw new IllegalStateException("this Java runtime cannot create Ed25519 keys", e);
        }
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(folder, posix ? permissions("rwx------") : new FileAttribute<?>[0]);
        // Created with its final permissions so the key is never readable by others, not even for a moment.
        Files.createFile(keyFile(), posix ? permissions("rw-------") : new FileAttribute<?>[0]);
        try {
            Files.writeString(keyFile(), keyText, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            // A half-written key would block creating a new one and could never be opened.
            Files.deleteIfExists(keyFile());
            throw e;
        }
        Files.writeString(publicKeyFile(), keys.publicKey().line() + " " + principal + "\n", StandardCharsets.UTF_8);
        return new SshKeySigner(principal, keys);
    }

    /** Opens the key with one passphrase; a wrong one is a {@link WrongPassphraseException}. */
    public SshKeySigner open(String principal, char[] passphrase) throws IOException, KeyFileException {
        try {
            return open(principal, (file, attempt) -> attempt == 1 ? passphrase.clone() : null);
        } catch (PassphraseDeclinedException e) {
            throw new WrongPassphraseException("wrong passphrase for the app signing key " + keyFile());
        }
    }

    /** Opens the key, asking {@code prompt} again after a wrong passphrase. */
    public SshKeySigner open(String principal, KeyPassphrasePrompt prompt) throws IOException, KeyFileException {
        if (!exists()) {
            throw new NoSuchFileException(keyFile().toString(), null, "there is no app signing key yet; create one first");
        }
        return SshKeySigner.fromKeyFile(keyFile(), principal, prompt);
    }

    private static FileAttribute<?>[] permissions(String mode) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))};
    }
}
