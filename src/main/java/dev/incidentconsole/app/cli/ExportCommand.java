package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.bundle.export.BundleExporter;
import dev.incidentconsole.bundle.export.ExportCancelledException;
import dev.incidentconsole.bundle.export.ExportRequest;
import dev.incidentconsole.bundle.export.ExportResult;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.bundle.signing.KeyFileException;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.incident.Operator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export an incident as a signed evidence bundle (a zip analysts can check with"
        + " unzip, sha256sum and ssh-keygen, or with 'verify').")
final class ExportCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "INCIDENT")
    String incidentId;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.zip", description = "The bundle to create.")
    Path output;

    @Option(names = "--key", paramLabel = "PATH", description = "Sign with this SSH private key (default: the app's own"
            + " signing key, created on first use).")
    Path key;

    @Option(names = "--principal", paramLabel = "EMAIL", description = "Who signs, as analysts' allowed_signers name"
            + " them (default: the operator's e-mail).")
    String principal;

    @Option(names = "--redact", description = "Mask secrets (tokens, API keys, passwords, private keys) in every file"
            + " of the bundle; the chain still vouches for the originals.")
    boolean redact;

    @Option(names = "--compress", description = "Deflate the outputs as well: a smaller bundle, but slower to export"
            + " and to verify (by default outputs are stored as they are).")
    boolean compress;

    ExportCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new Cli.UsageProblem("the bundle file must end in .zip: " + output);
        }
        if (Files.exists(output)) {
            throw new Cli.UsageProblem(output + " already exists; bundles are never overwritten, choose another name");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        PrintWriter err = spec.commandLine().getErr();
        Operator operator = wiring.operator();
        try (EvidenceStore store = storeOptions.open(wiring)) {
            IncidentRecord incident = IncidentContext.require(store, incidentId);
            BundleSigner signer = new SigningKeys(wiring, System.console(), err).signer(key, principal(operator, incident));
            BundleExporter exporter = wiring.bundleExporter(store);
            ExportRequest request = new ExportRequest(incident.id(), output, signer, operator.label(), redact, compress, null);
            ExportResult result = exportCancellableByInterrupt(exporter, request, err);
            spec.commandLine().getOut().printf("wrote %s: %d bytes, %d entries%s, signed as %s with key %s%n"
                    + "  SHA-256 of the zip: %s%n  SHA-256 of SHA256SUMS: %s%n  custody recorded as entry %d%n",
                    result.bundle(), result.zipBytes(), result.entries(), result.redacted() ? ", secrets masked" : "",
                    signer.principal(), signer.fingerprint(), result.zipSha256(), result.sumsSha256(),
                    result.custody().seq());
            result.missingRunbooks().forEach(sha256 -> err.println("note: the text of runbook " + sha256
                    + " was not kept, so it is listed as missing in the bundle"));
            return Cli.OK;
        } catch (KeyFileException | FileAlreadyExistsException e) {
            throw new Cli.UsageProblem(e.getMessage());
        } catch (ExportCancelledException e) {
            err.println(e.getMessage());
            return Cli.FINDINGS;
        }
    }

    private String principal(Operator operator, IncidentRecord incident) {
        String chosen = principal != null ? principal
                : operator.email() != null && !operator.email().isBlank() ? operator.email() : incident.operatorEmail();
        if (chosen == null || chosen.isBlank()) {
            throw new Cli.UsageProblem("no signing principal: pass --principal EMAIL (analysts name you by it in their"
                    + " allowed_signers), or set the operator e-mail in the settings");
        }
        return chosen;
    }

    /** Ctrl-C cancels: the exporter deletes its partial file before the JVM goes. */
    private static ExportResult exportCancellableByInterrupt(BundleExporter exporter, ExportRequest request,
                                                             PrintWriter err) throws IOException {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "export-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return exporter.export(request, new ProgressLine(err), cancelled::get);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // The hook is already running; it has just been released.
            }
        }
    }
}
