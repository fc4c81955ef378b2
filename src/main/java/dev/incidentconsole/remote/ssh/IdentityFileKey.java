package dev.incidentconsole.remote.ssh;

import com.hierynomus.sshj.common.KeyDecryptionFailedException;
import dev.incidentconsole.remote.PassphrasePrompt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;

/**
 * One identity file offered to servers. Its passphrase is asked for at most three times and never kept; the unlocked
 * key is, in memory, so that logins to many hosts ask once. When the key cannot be used, {@link #problem()} says why,
 * so that a refused login can tell a wrong passphrase from a key the server does not know.
 */
final class IdentityFileKey implements KeyProvider {

    /** Reads the file afresh with the given finder; sshj's key files keep nothing usable after a failed read. */
    @FunctionalInterface
    interface Loader {
        KeyProvider load(PasswordFinder passphrases) throws IOException;
    }

    @FunctionalInterface
    private interface Read<T> {
        T from(KeyProvider keys) throws IOException;
    }

    private final Path file;
    private final Loader loader;
    private final Asker asker;
    private final String version;
    private KeyProvider current;
    /** Read without the lock, so that a login choosing its keys never waits behind another's passphrase prompt. */
    private volatile String problem;

    IdentityFileKey(Path file, PassphrasePrompt prompt, Loader loader) {
        this.file = file;
        this.loader = loader;
        this.asker = new Asker(file, prompt);
        this.version = versionOf(file);
    }

    /**
     * True while this key may serve another login: nothing went wrong with it and the file is as it was. A key that
     * failed is asked for afresh by the next login, but logins already waiting on it do not ask again.
     */
    boolean reusable() {
        return problem == null && version.equals(versionOf(file));
    }

    private static String versionOf(Path file) {
        try {
            return Files.getLastModifiedTime(file) + "/" + Files.size(file);
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** Why this key took no part in the login, if it could not be read or unlocked. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized PublicKey getPublic() throws IOException {
        return read(KeyProvider::getPublic);
    }

    @Override
    public synchronized PrivateKey getPrivate() throws IOException {
        return read(KeyProvider::getPrivate);
    }

    @Override
    public synchronized KeyType getType() throws IOException {
        return read(KeyProvider::getType);
    }

    private <T> T read(Read<T> read) throws IOException {
        if (problem != null) {
            throw new IOException(problem);
        }
        while (true) {
            int askedBefore = asker.attempts;
            try {
                if (current == null) {
                    current = loader.load(asker);
                }
                return read.from(current);
            } catch (IOException | RuntimeException e) {
                if (asker.declined) {
                    problem = "no passphrase was given for " + file;
                } else if (asker.attempts == askedBefore) {
                    problem = file + " could not be read: " + message(e);
                } else if (asker.attempts >= PassphrasePrompt.MAX_ATTEMPTS) {
                    // A wrong passphrase for a legacy PEM key passes the padding check about one time in 256 and
                    // then fails as a malformed key, so any failure after asking counts as an attempt.
                    problem = e instanceof KeyDecryptionFailedException
                            ? "the passphrase for " + file + " was wrong " + asker.attempts + " times"
                            : file + " could not be unlocked with the passphrase given: " + message(e);
                } else {
                    current = null;
                    continue;
                }
                throw new IOException(problem, e);
            }
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Counts the answers; retries are this class's loop, so sshj is told never to ask again by itself. */
    private static final class Asker implements PasswordFinder {
        private final Path file;
        private final PassphrasePrompt prompt;
        private int attempts;
        private boolean declined;

        Asker(Path file, PassphrasePrompt prompt) {
            this.file = file;
            this.prompt = prompt;
        }

        @Override
        public char[] reqPassword(Resource<?> resource) {
            char[] answer = prompt.passphraseFor(file, ++attempts);
            declined = answer == null;
            return answer;
        }

        @Override
        public boolean shouldRetry(Resource<?> resource) {
            return false;
        }
    }
}
