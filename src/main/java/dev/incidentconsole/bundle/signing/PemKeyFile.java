package dev.incidentconsole.bundle.signing;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import net.schmizz.sshj.userauth.keyprovider.PKCS8KeyFile;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;

/**
 * PEM private keys ({@code BEGIN RSA/EC/ENCRYPTED PRIVATE KEY}, e.g. from {@code ssh-keygen -m PEM} or openssl),
 * read by sshj and converted to plain JDK keys so that signing is the same as for OpenSSH key files.
 */
final class PemKeyFile {

    private PemKeyFile() {
    }

    static SshKeyPair read(String text, Path source, KeyPassphrasePrompt prompt) throws KeyFileException {
        Passphrases passphrases = new Passphrases(source, prompt);
        PrivateKey privateKey;
        PublicKey publicKey;
        while (true) {
            int askedBefore = passphrases.attempts;
            PKCS8KeyFile file = new PKCS8KeyFile();
            file.init(text, null, passphrases);
            try {
                privateKey = file.getPrivate();
                publicKey = file.getPublic();
                break;
            } catch (IOException | RuntimeException e) {
                if (passphrases.declined) {
                    throw new PassphraseDeclinedException("no passphrase was given for " + source + ", so it stays locked");
                }
                if (passphrases.attempts == askedBefore) {
                    throw new KeyFileException("could not read the PEM key " + source + ": " + e.getMessage());
                }
                // A wrong passphrase usually fails the padding check, but about one in 256 decrypts to padding that
                // looks valid and the garbage then fails as a malformed key: both mean the passphrase was wrong.
                if (passphrases.attempts >= OpenSshKeyFile.MAX_ATTEMPTS) {
                    throw new WrongPassphraseException("wrong passphrase for " + source + " (" + passphrases.attempts + " attempts)");
                }
            }
        }
        if (privateKey == null || publicKey == null) {
            throw new KeyFileException(source + " holds no private key that can be read (RSA and ECDSA PEM keys can)");
        }
        try {
            SshPublicKey sshKey = SshPublicKey.of(publicKey);
            // Re-created through the JDK's own factory so signing never depends on which provider parsed the file.
            PrivateKey jdkKey = KeyFactory.getInstance(publicKey.getAlgorithm().equals("ECDSA") ? "EC" : publicKey.getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(privateKey.getEncoded()));
            return SshKeyPair.of(sshKey, jdkKey);
        } catch (WireFormatException | GeneralSecurityException e) {
            throw new KeyFileException(source + " holds a key that cannot sign bundles: " + e.getMessage());
        }
    }

    /** Counts the passphrases asked for; retries are this class's loop, so sshj is told never to ask again itself. */
    private static final class Passphrases implements PasswordFinder {

        private final Path source;
        private final KeyPassphrasePrompt prompt;
        private int attempts;
        private boolean declined;

        Passphrases(Path source, KeyPassphrasePrompt prompt) {
            this.source = source;
            this.prompt = prompt;
        }

        @Override
        public char[] reqPassword(Resource<?> resource) {
            attempts++;
            char[] answer = prompt.passphraseFor(source, attempts);
            declined = answer == null;
            return answer;
        }

        @Override
        public boolean shouldRetry(Resource<?> resource) {
            return false;
        }
    }
}
