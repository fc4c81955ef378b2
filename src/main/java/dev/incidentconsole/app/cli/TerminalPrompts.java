package dev.incidentconsole.app.cli;

import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.PassphrasePrompt;
import dev.incidentconsole.remote.UnknownHostKey;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The command line's questions: approving an unknown host key and a key passphrase. Hosts run in parallel, so
 * questions are asked one at a time. Without a terminal nothing is approved and no passphrase is given.
 */
final class TerminalPrompts {

    private final Console console;
    private final PrintWriter err;
    private final boolean acceptNew;

    TerminalPrompts(Console console, PrintWriter err, boolean acceptNew) {
        this.console = console;
        this.err = err;
        this.acceptNew = acceptNew;
    }

    HostKeyApprover hostKeys() {
        return this::approve;
    }

    PassphrasePrompt passphrases() {
        return (file, attempt) -> {
            if (console == null) {
                return null;
            }
            synchronized (TerminalPrompts.class) {
                return console.readPassword("Passphrase for %s%s: ", file, attempt > 1
                        ? " (wrong, try " + attempt + " of " + PassphrasePrompt.MAX_ATTEMPTS + ")" : "");
            }
        };
    }

    private boolean approve(UnknownHostKey key) {
        synchronized (TerminalPrompts.class) {
            if (acceptNew) {
                err.println("accepting new host key for " + key.hostAlias() + " (" + key.knownHostsName() + "): "
                        + key.keyType() + " " + key.fingerprint());
                return true;
            }
            if (console == null) {
                err.println(key.hostAlias() + ": host key " + key.keyType() + " " + key.fingerprint()
                        + " is not known. Check the fingerprint with the host's owner, then run again with --accept-new.");
                return false;
            }
            String answer = console.readLine("%s%nAccept and remember this key? [yes/no] ", key.question());
            return answer != null && answer.trim().toLowerCase(Locale.ROOT).equals("yes");
        }
    }
}
