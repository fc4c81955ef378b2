package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.bundle.signing.AppIdentity;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.bundle.signing.KeyFileException;
import dev.incidentconsole.bundle.signing.KeyPassphrasePrompt;
import dev.incidentconsole.bundle.signing.SshKeySigner;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The key a bundle is signed with: the responder's own SSH key file, or the app's identity, created on first use
 * under a passphrase typed twice. Passphrases are asked on the terminal only and wiped after use.
 */
final class SigningKeys {

    private static final int MIN_PASSPHRASE = 8;

    private final Wiring wiring;
    private final Console console;
    private final PrintWriter err;

    SigningKeys(Wiring wiring, Console console, PrintWriter err) {
        this.wiring = wiring;
        this.console = console;
        this.err = err;
    }

    BundleSigner signer(Path keyFile, String principal) throws IOException, KeyFileException {
        KeyPassphrasePrompt prompt = new TerminalPrompts(console, err, false).passphrases()::passphraseFor;
        if (keyFile != null) {
            if (!Files.isRegularFile(keyFile)) {
                throw new Cli.UsageProblem("no key file " + keyFile);
            }
            return SshKeySigner.fromKeyFile(keyFile, principal, withoutTerminal(prompt, keyFile));
        }
        AppIdentity identity = wiring.appIdentity();
        if (identity.exists()) {
            return identity.open(principal, withoutTerminal(prompt, identity.keyFile()));
        }
        if (console == null) {
            throw new Cli.UsageProblem("there is no app signing key yet, and creating one needs a terminal to choose its"
                    + " passphrase; run this in a terminal once, or sign with your own key (--key PATH)");
        }
        char[] passphrase = newPassphrase();
        try {
            SshKeySigner signer = identity.create(principal, passphrase);
            err.println("created the app signing key " + identity.keyFile() + " (" + signer.fingerprint() + "); give"
                    + " analysts its public key " + identity.publicKeyFile() + " through a channel they trust");
            return signer;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Without a terminal an encrypted key cannot be opened; say how to proceed instead of failing obscurely. */
    private KeyPassphrasePrompt withoutTerminal(KeyPassphrasePrompt prompt, Path keyFile) {
        if (console != null) {
            return prompt;
        }
        return (file, attempt) -> {
            throw new Cli.UsageProblem(keyFile + " is encrypted and there is no terminal to ask for its passphrase;"
                    + " run the export in a terminal");
        };
    }

    private char[] newPassphrase() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            char[] first = console.readPassword("New passphrase for the app signing key (at least %d characters): ",
                    MIN_PASSPHRASE);
            char[] second = first == null ? null : console.readPassword("The same passphrase again: ");
            if (first == null || second == null) {
                break;
            }
            boolean same = Arrays.equals(first, second);
            Arrays.fill(second, '\0');
            if (same && first.length >= MIN_PASSPHRASE) {
                return first;
            }
            Arrays.fill(first, '\0');
            err.println(same ? "too short; use at least " + MIN_PASSPHRASE + " characters" : "the two did not match");
        }
        throw new Cli.UsageProblem("no passphrase chosen, so no app signing key was created");
    }
}
