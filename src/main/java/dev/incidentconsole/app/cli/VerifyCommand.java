package dev.incidentconsole.app.cli;

import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.bundle.verify.Finding;
import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.bundle.verify.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = "Verify an evidence bundle: files, signature, hash chain, and whether you trust"
        + " its signer. Exit 0 only when all holds and the signer is in your allowed_signers.")
final class VerifyCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BUNDLE.zip")
    Path bundle;

    @Option(names = "--allowed-signers", paramLabel = "FILE", description = "The keys you trust to sign bundles, in"
            + " ssh-keygen's allowed_signers format (default: allowed_signers in the settings folder, if there).")
    Path allowedSigners;

    @Option(names = "--progress", description = "Show progress on stderr even when it is not a terminal (it is shown"
            + " on a terminal anyway). Standard output is the same either way.")
    boolean progress;

    VerifyCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(bundle)) {
            throw new Cli.UsageProblem("no bundle file " + bundle);
        }
        if (allowedSigners != null && !Files.isRegularFile(allowedSigners)) {
            throw new Cli.UsageProblem("no allowed_signers file " + allowedSigners);
        }
        VerificationReport report = verify();
        PrintWriter out = spec.commandLine().getOut();
        for (Finding finding : report.findings()) {
            out.println(finding.describe());
        }
        out.println("verdict: " + report.verdict().inWords()
                + (report.principal() == null ? "" : " (" + report.principal() + ", " + report.fingerprint() + ")"));
        return report.verdict() == Verdict.TRUSTED ? Cli.OK : Cli.FINDINGS;
    }

    /** Progress goes to stderr only: scripts read the findings and verdict from stdout and the exit code. */
    private VerificationReport verify() throws IOException {
        boolean terminal = System.console() != null;
        if (!terminal && !progress) {
            return wiring.bundleVerifier(allowedSigners).verify(bundle);
        }
        VerifyProgressLine line = new VerifyProgressLine(spec.commandLine().getErr(), terminal);
        try {
            return wiring.bundleVerifier(allowedSigners).verify(bundle, line, () -> false);
        } finally {
            line.finish();
        }
    }
}
