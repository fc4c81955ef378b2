package dev.incidentconsole.remote;

import java.nio.file.Path;

/**
 * The local user as ssh sees them: the name behind {@code %u} and the default {@code User}, the home behind
 * {@code ~}, {@code %d} and {@code ~/.ssh}. Injected so that tests never read the real home directory.
 */
public record LocalAccount(String userName, Path home) {

    public static LocalAccount current() {
        return new LocalAccount(System.getProperty("user.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    /** {@code ~/.ssh}: where ssh keeps its files and where relative {@code Include} paths are anchored. */
    public Path sshDir() {
        return home.resolve(".ssh");
    }

    /** The file {@code ssh} reads when no {@code -F} is given. */
    public Path defaultSshConfig() {
        return sshDir().resolve("config");
    }
}
