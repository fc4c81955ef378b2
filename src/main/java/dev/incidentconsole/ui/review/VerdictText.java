package dev.incidentconsole.ui.review;

import dev.incidentconsole.bundle.verify.Finding;
import dev.incidentconsole.bundle.verify.VerificationReport;
import java.util.ArrayList;
import java.util.List;

/** The verification result in the words the banner shows: a headline, and the findings worth reading under it. */
final class VerdictText {

    private VerdictText() {
    }

    static String headline(VerificationReport report) {
        return switch (report.verdict()) {
            case TRUSTED -> "Verified: signed by " + report.principal() + " (" + report.fingerprint() + "), trusted";
            case UNTRUSTED -> "Signature valid, but the signer is not in your allowed_signers";
            case FAILED -> {
                int problems = report.problems().size();
                yield "Verification failed: " + problems + (problems == 1 ? " problem" : " problems")
                        + ". The content below cannot be trusted.";
            }
        };
    }

    /** A line under the headline: who signed, and what trusting them would take. */
    static String detail(VerificationReport report) {
        return switch (report.verdict()) {
            case TRUSTED -> "Every file matches SHA256SUMS, the signature holds and the hash chain recomputes.";
            case UNTRUSTED -> "Signed by " + report.principal() + " with key " + report.fingerprint() + ". The files and"
                    + " the chain are intact, but nothing says that key is theirs: confirm the fingerprint with them"
                    + " before relying on this bundle.";
            case FAILED -> "The bundle was changed, damaged or is incomplete. You can still look through it, but"
                    + " treat everything in it as unverified.";
        };
    }

    /** The problems of a failed bundle; otherwise the notes (who signed, redaction, a missing runbook text). */
    static List<String> findings(VerificationReport report) {
        List<String> lines = new ArrayList<>();
        boolean failed = !report.problems().isEmpty();
        for (Finding finding : report.findings()) {
            if (finding.isProblem() == failed) {
                lines.add(where(finding) + finding.message());
            }
        }
        return lines;
    }

    /** {@code evidence/2-stdout.bin (entry 2): }, or nothing when the finding is about the bundle as a whole. */
    static String where(Finding finding) {
        if (finding.file() == null && finding.seq() == null) {
            return "";
        }
        if (finding.file() == null) {
            return "entry " + finding.seq() + ": ";
        }
        return finding.file() + (finding.seq() == null ? "" : " (entry " + finding.seq() + ")") + ": ";
    }
}
