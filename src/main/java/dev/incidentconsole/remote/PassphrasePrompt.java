package dev.incidentconsole.remote;

import java.nio.file.Path;

/**
 * Asks the responder for the passphrase of an encrypted private key. The answer is used once and never stored;
 * returning null gives up on that key.
 */
public interface PassphrasePrompt {

    /** How many times a key's passphrase is asked for before the key is given up. */
    int MAX_ATTEMPTS = 3;

    char[] passphraseFor(Path keyFile, int attempt);

    PassphrasePrompt NONE = (keyFile, attempt) -> null;
}
