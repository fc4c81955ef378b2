package dev.incidentconsole.bundle.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.ExportedIncident;
import dev.incidentconsole.bundle.IncidentFixture;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.bundle.verify.Verdict;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EvidenceEntry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy for a wider audience: secrets masked everywhere, while the chain still vouches for the originals. */
class RedactedExportTest {

    @TempDir
    Path dir;

    private ExportedIncident exported;

    @BeforeEach
    void record() throws Exception {
        exported = new ExportedIncident(dir, 5 * 1024 * 1024);
    }

    @AfterEach
    void close() {
        exported.close();
    }

    @Test
    void noSecretIsLeftInAnyFileOfTheBundle() throws Exception {
        Path plain = exported.export("plain.zip", false).bundle();
        Path redacted = exported.export("redacted.zip", true).bundle();

        // Every planted secret is in the plain bundle, so its absence below means it was masked, not missed.
        assertThat(secretsIn(plain)).containsExactlyInAnyOrderElementsOf(IncidentFixture.SECRETS);
        assertThat(secretsIn(redacted)).isEmpty();
        try (BundleArchive zip = BundleArchive.open(redacted)) {
            String stdout = new String(zip.readAllBytes("evidence/2-stdout.bin", 1 << 20), StandardCharsets.UTF_8);
            assertThat(stdout).isEqualTo("active (running)\nAuthorization: [REDACTED]\n");
            String file = new String(zip.readAllBytes("files/7-gateway_key.pem", 1 << 20), StandardCharsets.UTF_8);
            assertThat(file).startsWith("-----BEGIN PRIVATE KEY-----\n[REDACTED]\n[REDACTED]\n-----END PRIVATE KEY-----\n");
        }
    }

    @Test
    void aRedactedBundleVerifiesAndSaysItIsRedacted() throws Exception {
        Path redacted = exported.export("redacted.zip", true).bundle();

        VerificationReport report = exported.verify(redacted, exported.trusting(exported.signer));

        assertThat(report.problems()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.TRUSTED);
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.message()).contains("REDACTED copy"));
    }

    @Test
    void theManifestKeepsTheOriginalDigestsTheStoreSealed() throws Exception {
        Path redacted = exported.export("redacted.zip", true).bundle();
        List<EvidenceEntry> sealed = exported.store.timeline(exported.incident.id());

        try (BundleArchive zip = BundleArchive.open(redacted)) {
            BundleManifest manifest = new ObjectMapper().readValue(zip.readAllBytes("manifest.json", 1 << 20),
                    BundleManifest.class);
            assertThat(manifest.redacted()).isTrue();
            assertThat(manifest.redaction()).contains("ORIGINAL");
            for (BundleManifest.Entry entry : manifest.entries()) {
                EvidenceEntry original = sealed.get((int) entry.seq() - 1);
                assertThat(entry.entryHash()).isEqualTo(original.entryHash());
                assertThat(entry.stdout().sha256()).isEqualTo(original.stdoutSha256());
                assertThat(entry.stdout().length()).isEqualTo(original.stdoutLength());
                assertThat(entry.stderr().sha256()).isEqualTo(original.stderrSha256());
                if (entry.stdout().file() != null) {
                    byte[] file = zip.readAllBytes(entry.stdout().file(), 64 << 20);
                    assertThat(EntryHashing.sha256Hex(file)).isEqualTo(entry.stdout().redactedSha256());
                    assertThat((long) file.length).isEqualTo(entry.stdout().redactedLength());
                }
            }
            assertThat(manifest.entries().get(1).stdout().redactedSha256()).isNotEqualTo(sealed.get(1).stdoutSha256());
            assertThat(manifest.entries().get(2).redactedFields()).containsExactly("command");
            assertThat(manifest.entries().get(3).redactedFields()).containsExactly("text");
        }
    }

    private static List<String> secretsIn(Path bundle) throws Exception {
        try (BundleArchive zip = BundleArchive.open(bundle)) {
            StringBuilder all = new StringBuilder();
            for (String name : zip.fileNames()) {
                try (InputStream in = zip.open(name)) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
                }
            }
            return IncidentFixture.SECRETS.stream().filter(secret -> all.indexOf(secret) >= 0).toList();
        }
    }
}
