package dev.incidentconsole.bundle.signing;

import java.nio.file.Path;

/**
 * Asks for the passphrase of an encrypted signing key. {@code attempt} starts at 1 and grows after each wrong
 * answer; returning null gives up. The array is wiped once it has been used.
 */
@FunctionalInterface
public interface KeyPassphrasePrompt {

    char[] passphraseFor(Path keyFile, int attempt);

    /** For keys that must not be encrypted: any encrypted key is given up on. */
    KeyPassphrasePrompt NONE = (keyFile, attempt) -> null;
}
