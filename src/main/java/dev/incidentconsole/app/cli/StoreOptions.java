package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.evidence.EvidenceStore;
import java.io.Console;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that touches the evidence store shares. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "PATH", description = "The evidence database (default: evidence in the data folder).")
    Path db;

    @Option(names = "--encrypted", description = "The database is encrypted: ask for its passphrase (never stored).")
    boolean encrypted;

    EvidenceStore open(Wiring wiring) {
        char[] passphrase = null;
        if (encrypted) {
            Console console = System.console();
            if (console == null) {
                throw new Cli.UsageProblem("--encrypted needs a terminal to ask for the passphrase");
            }
            passphrase = console.readPassword("Passphrase for the evidence database: ");
        }
        return wiring.openEvidenceStore(db, passphrase);
    }
}
