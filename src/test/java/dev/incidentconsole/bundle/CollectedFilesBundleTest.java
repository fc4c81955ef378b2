package dev.incidentconsole.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.export.BundleExporter;
import dev.incidentconsole.bundle.export.ExportProgress;
import dev.incidentconsole.bundle.export.ExportRequest;
import dev.incidentconsole.bundle.signing.AllowedSigners;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.bundle.signing.KeyPassphrasePrompt;
import dev.incidentconsole.bundle.signing.SshKeySigner;
import dev.incidentconsole.bundle.verify.AnalystTrust;
import dev.incidentconsole.bundle.verify.BundleVerifier;
import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.bundle.verify.Verdict;
import dev.incidentconsole.incident.CollectionListener;
import dev.incidentconsole.incident.CollectionOutcome;
import dev.incidentconsole.incident.CollectionRequest;
import dev.incidentconsole.incident.TwoSftpHosts;
import dev.incidentconsole.remote.Cancellation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files collected from real hosts, exported, and checked by our verifier and by sha256sum as an analyst would. */
class CollectedFilesBundleTest {

    @TempDir
    Path dir;

    @Test
    void collectedFilesTravelInTheSignedBundleWithTheirOriginalBytes() throws Exception {
        try (TwoSftpHosts hosts = new TwoSftpHosts(dir)) {
            byte[] log = TwoSftpHosts.random(5 * 1024 * 1024, 7);
            byte[] relay = "listen: 0.0.0.0:8443\n".getBytes(StandardCharsets.UTF_8);
            hosts.alpha.write(TwoSftpHosts.LOG, log);
            hosts.beta.write(TwoSftpHosts.RELAY, relay);
            CollectionOutcome outcome = hosts.session.collect(new CollectionRequest(List.of(TwoSftpHosts.LOG, TwoSftpHosts.RELAY),
                    List.of(hosts.alphaTarget, hosts.betaTarget), null), CollectionListener.NONE, Cancellation.none());
            assertThat(outcome.collected()).as(outcome.summary()).isEqualTo(2);
            long logSeq = outcome.files().get(0).entry().seq();
            long relaySeq = outcome.files().get(3).entry().seq();

            SshKeySigner signer = SshKeySigner.fromKeyFile(StockTools.newKey(dir, "signing"), "ana@example.com",
                    KeyPassphrasePrompt.NONE);
            Path bundle = new BundleExporter(hosts.store, Clock.systemUTC(), "test").export(new ExportRequest(
                    hosts.session.incident().id(), dir.resolve("incident.zip"), signer, TwoSftpHosts.OPERATOR.label(),
                    false, false, null), ExportProgress.NONE, () -> false).bundle();

            Path allowed = Files.writeString(dir.resolve("allowed_signers"),
                    AllowedSigners.lineFor(signer.principal(), signer.publicKeyLine(), BundleSigner.NAMESPACE) + "\n");
            VerificationReport report = new BundleVerifier(AnalystTrust.read(allowed), Clock.systemUTC()).verify(bundle);
            assertThat(report.problems()).isEmpty();
            assertThat(report.verdict()).isEqualTo(Verdict.TRUSTED);

            Path folder = dir.resolve("extracted");
            try (BundleArchive archive = BundleArchive.open(bundle)) {
                archive.extractTo(folder);
            }
            assertThat(folder.resolve("files/" + logSeq + "-gateway.log")).hasBinaryContent(log);
            assertThat(folder.resolve("files/" + relaySeq + "-relay.yaml")).hasBinaryContent(relay);
            StockTools.Result sums = StockTools.run(folder, List.of("sha256sum", "-c", "SHA256SUMS"));
            assertThat(sums.exitCode()).as(sums.output()).isZero();
            assertThat(sums.output()).contains("files/" + logSeq + "-gateway.log: OK").doesNotContain("FAILED");
        }
    }
}
