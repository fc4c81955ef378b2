package dev.incidentconsole.bundle.verify;

import java.nio.file.Path;
import java.util.List;

/**
 * What verifying one bundle found. {@code principal} and {@code fingerprint} are those of the signature's key
 * as the bundle claims them (null when the signature could not be read).
 */
public record VerificationReport(Path bundle, Verdict verdict, List<Finding> findings, String principal,
                                 String fingerprint) {

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    public List<Finding> problems() {
        return findings.stream().filter(Finding::isProblem).toList();
    }
}
