package dev.incidentconsole.bundle.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Signs with a private key held in memory: the responder's own key file, or the app's identity. */
public final class SshKeySigner implements BundleSigner {

    /** Private key files are a few KB; anything far larger is the wrong file. */
    private static final long MAX_KEY_FILE_BYTES = 1024 * 1024;

    private final String principal;
    private final SshKeyPair keys;

    SshKeySigner(String principal, SshKeyPair keys) {
        AllowedSigners.checkPrincipal(principal);
        this.principal = principal;
        this.keys = keys;
    }

    /**
     * Loads an OpenSSH private key file (ed25519, ECDSA or RSA; encrypted ones through {@code prompt}) or a PEM
     * RSA/ECDSA key, and signs as {@code principal}.
     *
     * @throws WrongPassphraseException    when every passphrase offered was wrong
     * @throws PassphraseDeclinedException when the prompt gave up
     * @throws KeyFileException            when the file is not a usable private key; the message says why
     */
    public static SshKeySigner fromKeyFile(Path keyFile, String principal, KeyPassphrasePrompt prompt)
            throws IOException, KeyFileException {
        if (Files.size(keyFile) > MAX_KEY_FILE_BYTES) {
            throw new KeyFileException(keyFile + " is too large to be a private key file");
        }
        // Armored keys are ASCII; Latin-1 reads any bytes, so a binary file gets our message, not a decoding error.
        String text = Files.readString(keyFile, StandardCharsets.ISO_8859_1);
        String start = text.stripLeading();
        SshKeyPair keys;
        if (text.contains(OpenSshKeyFile.BEGIN)) {
            keys = OpenSshKeyFile.read(text, keyFile, prompt);
        } else if (start.startsWith("-----BEGIN ") && start.lines().findFirst().orElse("").endsWith("PRIVATE KEY-----")) {
            keys = PemKeyFile.read(text, keyFile, prompt);
        } else if (start.startsWith("ssh-") || start.startsWith("ecdsa-")) {
            throw new KeyFileException(keyFile + " is a public key; choose the private key file (the one without .pub)");
        } else if (start.startsWith("PuTTY-User-Key-File")) {
            throw new KeyFileException(keyFile + " is a PuTTY key; convert it with: puttygen " + keyFile + " -O private-openssh-new -o <new file>");
        } else {
            throw new KeyFileException(keyFile + " is not a private key file (expected an OpenSSH or PEM private key)");
        }
        return new SshKeySigner(principal, keys);
    }

    @Override
    public String principal() {
        return principal;
    }

    @Override
    public String publicKeyLine() {
        return keys.publicKey().line();
    }

    @Override
    public String fingerprint() {
        return keys.publicKey().fingerprint();
    }

    @Override
    public String sign(InputStream data, String namespace) throws IOException {
        return SshSignature.sign(keys, data, namespace).armored();
    }

    /** This signer's line for an allowed_signers file, limited to the bundle namespace. */
    public String allowedSignersLine() {
        return AllowedSigners.lineFor(principal, publicKeyLine(), NAMESPACE);
    }
}
