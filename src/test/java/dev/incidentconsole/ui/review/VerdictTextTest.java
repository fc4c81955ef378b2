package dev.incidentconsole.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.bundle.verify.Finding;
import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.bundle.verify.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the banner says for each verdict, and how it places a finding. */
class VerdictTextTest {

    private static final Path BUNDLE = Path.of("incident.zip");
    private static final Finding SIGNER = Finding.note(null, null, "signed by ada@example.org with key SHA256:abc");
    private static final Finding MISSING_RUNBOOK = Finding.note("manifest.json", null, "the text of runbook x was not kept");

    @Test
    void aTrustedBundleNamesItsSignerAndKey() {
        VerificationReport report = new VerificationReport(BUNDLE, Verdict.TRUSTED, List.of(SIGNER, MISSING_RUNBOOK),
                "ada@example.org", "SHA256:abc");
        assertThat(VerdictText.headline(report)).isEqualTo("Verified: signed by ada@example.org (SHA256:abc), trusted");
        assertThat(VerdictText.findings(report)).containsExactly("signed by ada@example.org with key SHA256:abc",
                "manifest.json: the text of runbook x was not kept");
    }

    @Test
    void anUntrustedBundleAsksForTheFingerprintToBeConfirmed() {
        VerificationReport report = new VerificationReport(BUNDLE, Verdict.UNTRUSTED, List.of(SIGNER), "ada@example.org",
                "SHA256:abc");
        assertThat(VerdictText.headline(report)).isEqualTo("Signature valid, but the signer is not in your allowed_signers");
        assertThat(VerdictText.detail(report)).contains("SHA256:abc").contains("confirm the fingerprint");
    }

    @Test
    void aFailedBundleCountsAndListsOnlyItsProblemsByFileAndEntry() {
        VerificationReport report = new VerificationReport(BUNDLE, Verdict.FAILED, List.of(SIGNER,
                Finding.problem("evidence/2-stdout.bin", 2L, "does not match"),
                Finding.problem("timeline.jsonl", null, "ends early"),
                Finding.problem(null, 5L, "is missing")), null, null);
        assertThat(VerdictText.headline(report))
                .isEqualTo("Verification failed: 3 problems. The content below cannot be trusted.");
        assertThat(VerdictText.findings(report)).containsExactly("evidence/2-stdout.bin (entry 2): does not match",
                "timeline.jsonl: ends early", "entry 5: is missing");
    }
}
