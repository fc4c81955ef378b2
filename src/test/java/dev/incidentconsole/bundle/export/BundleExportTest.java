package dev.incidentconsole.bundle.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidentconsole.bundle.BundleManifest;
import dev.incidentconsole.bundle.ExportedIncident;
import dev.incidentconsole.bundle.IncidentFixture;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.archive.Sha256Sums;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.bundle.signing.SshKeySigner;
import dev.incidentconsole.bundle.verify.VerificationReport;
import dev.incidentconsole.bundle.verify.Verdict;
import dev.incidentconsole.evidence.EntryHashing;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export of a real incident from a real store, checked by our verifier and by the structure it must have. */
class BundleExportTest {

    @TempDir
    Path dir;

    private ExportedIncident exported;
    private H2EvidenceStore store;
    private IncidentRecord incident;
    private SshKeySigner signer;
    private BundleExporter exporter;

    @BeforeEach
    void recordIncident() throws Exception {
        exported = new ExportedIncident(dir, 5 * 1024 * 1024);
        store = exported.store;
        incident = exported.incident;
        signer = exported.signer;
        exporter = exported.exporter;
    }

    @AfterEach
    void close() {
        exported.close();
    }

    private ExportResult export(String name, boolean redact) throws Exception {
        return exported.export(name, redact);
    }

    private Path trusting(BundleSigner who) throws Exception {
        return exported.trusting(who);
    }

    private VerificationReport verify(Path bundle, Path allowedSigners) throws Exception {
        return exported.verify(bundle, allowedSigners);
    }

    @Test
    void anExportVerifiesAndIsTrustedOnlyByWhoeverTrustsItsKey() throws Exception {
        Path bundle = export("incident.zip", false).bundle();

        VerificationReport trusted = verify(bundle, trusting(signer));
        assertThat(trusted.problems()).isEmpty();
        assertThat(trusted.verdict()).isEqualTo(Verdict.TRUSTED);
        assertThat(trusted.principal()).isEqualTo(IncidentFixture.PRINCIPAL);
        assertThat(trusted.fingerprint()).isEqualTo(signer.fingerprint());

        VerificationReport nobody = verify(bundle, null);
        assertThat(nobody.problems()).isEmpty();
        assertThat(nobody.verdict()).isEqualTo(Verdict.UNTRUSTED);
        assertThat(nobody.findings()).anySatisfy(f -> assertThat(f.message())
                .contains("valid, but signed by a key you have not trusted").contains(signer.fingerprint()));

        SshKeySigner stranger = exported.newSigner("eve");
        assertThat(verify(bundle, trusting(stranger)).verdict()).isEqualTo(Verdict.UNTRUSTED);
    }

    @Test
    void theBundleHoldsEveryPartOfTheIncident() throws Exception {
        ExportResult result = export("incident.zip", false);
        List<EvidenceEntry> timeline = store.timeline(incident.id()).subList(0, 8);
        try (BundleArchive zip = BundleArchive.open(result.bundle())) {
            assertThat(zip.fileNames()).contains("manifest.json", "timeline.jsonl", "report.md", "report.html",
                    "SHA256SUMS", "SHA256SUMS.sig", "allowed_signers", "VERIFY.txt", "evidence/2-stdout.bin",
                    "evidence/2-stderr.bin", "evidence/3-stdout.bin", "evidence/6-stderr.bin", "files/7-gateway_key.pem",
                    "runbooks/" + exported.fixture.runbookSha256() + ".md");
            assertThat(zip.fileNames()).doesNotContain("evidence/3-stderr.bin", "evidence/6-stdout.bin",
                    "evidence/7-stdout.bin", "evidence/4-stdout.bin");
            for (String name : List.of("evidence/3-stdout.bin", "files/7-gateway_key.pem")) {
                long seq = Long.parseLong(name.replaceAll("\\D*(\\d+)-.*", "$1"));
                try (InputStream stored = store.output(incident.id(), seq, OutputStreamKind.STDOUT);
                     InputStream bundled = zip.open(name)) {
                    assertThat(bundled.readAllBytes()).isEqualTo(stored.readAllBytes());
                }
            }
            assertThat(new String(zip.readAllBytes("runbooks/" + exported.fixture.runbookSha256() + ".md", 1 << 20),
                    StandardCharsets.UTF_8)).isEqualTo(IncidentFixture.RUNBOOK_TEXT);

            List<String> lines = new String(zip.readAllBytes("timeline.jsonl", 1 << 20), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String hashed = line.substring(0, line.indexOf(",\"entryHash\":")) + "}";
                assertThat(EntryHashing.sha256Hex(hashed.getBytes(StandardCharsets.UTF_8)))
                        .isEqualTo(timeline.get(i).entryHash());
            }

            BundleManifest manifest = new ObjectMapper().readValue(zip.readAllBytes("manifest.json", 1 << 20), BundleManifest.class);
            assertThat(manifest.redacted()).isFalse();
            assertThat(manifest.incident().id()).isEqualTo(incident.id());
            assertThat(manifest.chain().headHash()).isEqualTo(timeline.get(7).entryHash()).isEqualTo(result.headHash());
            assertThat(manifest.exporter()).isEqualTo(new BundleManifest.Exporter(IncidentFixture.OPERATOR,
                    IncidentFixture.PRINCIPAL, signer.fingerprint(), signer.publicKeyLine()));
            assertThat(manifest.hosts()).containsExactly(
                    new BundleManifest.Host("web1", "web1.example.org", List.of(IncidentFixture.WEB1_KEY)),
                    new BundleManifest.Host("web2", "web2.example.org", List.of(IncidentFixture.WEB2_KEY)));
            assertThat(manifest.runbooks()).containsExactly(
                    new BundleManifest.Runbook("gateway-down", exported.fixture.runbookSha256(), "included",
                            "runbooks/" + exported.fixture.runbookSha256() + ".md", null),
                    new BundleManifest.Runbook("lost-runbook", "cd".repeat(32), "missing", null, null),
                    new BundleManifest.Runbook("never-used", null, "not-run", null, null));
            assertThat(result.missingRunbooks()).containsExactly("cd".repeat(32));
            assertThat(manifest.entries()).extracting(BundleManifest.Entry::entryHash)
                    .containsExactlyElementsOf(timeline.stream().map(EvidenceEntry::entryHash).toList());
            assertThat(manifest.entries().get(2).stdout().length()).isGreaterThan(5 * 1024 * 1024);
            String verifyText = new String(zip.readAllBytes("VERIFY.txt", 1 << 16), StandardCharsets.UTF_8);
            assertThat(verifyText).contains("sha256sum -c SHA256SUMS").contains("ssh-keygen -Y verify -f allowed_signers -I "
                    + IncidentFixture.PRINCIPAL + " -n mcp-incident-bundle -s SHA256SUMS.sig < SHA256SUMS");
            assertThat(new String(zip.readAllBytes("report.md", 1 << 20), StandardCharsets.UTF_8))
                    .contains("Gateway down on web1").contains("evidence/3-stdout.bin");
        }
    }

    @Test
    void anExportIsRecordedInTheIncidentAndChangesNoEvidence() throws Exception {
        List<EvidenceEntry> before = store.timeline(incident.id());
        ExportResult first = export("first.zip", false);
        ExportResult second = export("second.zip", false);

        List<EvidenceEntry> after = store.timeline(incident.id());
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after).hasSize(before.size() + 2);
        EvidenceEntry custody = after.get(before.size());
        assertThat(custody).isEqualTo(first.custody());
        assertThat(custody.kind()).isEqualTo(EntryKind.STATUS);
        assertThat(custody.text()).contains(IncidentFixture.OPERATOR).contains("first.zip").contains(IncidentFixture.PRINCIPAL)
                .contains(signer.fingerprint()).contains(first.sumsSha256()).contains(first.zipSha256())
                .contains("2026-11-21T05:00:00");
        assertThat(first.zipSha256()).isEqualTo(EntryHashing.sha256Hex(Files.readAllBytes(first.bundle())));
        assertThat(store.verify(incident.id()).intact()).isTrue();

        // The second bundle carries the first export's custody entry; both verify.
        assertThat(second.entries()).isEqualTo(first.entries() + 1);
        assertThat(verify(first.bundle(), trusting(signer)).verdict()).isEqualTo(Verdict.TRUSTED);
        assertThat(verify(second.bundle(), trusting(signer)).verdict()).isEqualTo(Verdict.TRUSTED);
    }

    @Test
    void aCancelledExportLeavesNothingBehind() throws Exception {
        AtomicInteger slices = new AtomicInteger();
        long entries = store.timeline(incident.id()).size();
        ExportRequest request = exported.request("cancelled.zip", false);

        assertThatThrownBy(() -> exporter.export(request, (done, total) -> slices.incrementAndGet(),
                () -> slices.get() >= 3)).isInstanceOf(ExportCancelledException.class);

        assertThat(slices.get()).isEqualTo(3);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("cancelled") || n.endsWith(".partial"));
        }
        assertThat(store.timeline(incident.id())).hasSize((int) entries);
    }

    @Test
    void progressCountsEveryOutputByte() throws Exception {
        long[] last = new long[2];
        exporter.export(exported.request("p.zip", false),
                (done, total) -> {
                    assertThat(done).isGreaterThanOrEqualTo(last[0]).isLessThanOrEqualTo(total);
                    last[0] = done;
                    last[1] = total;
                }, () -> false);
        long outputs = store.timeline(incident.id()).stream().mapToLong(e -> e.stdoutLength() + e.stderrLength()).sum();
        assertThat(last).containsExactly(outputs, outputs);
    }

    @Test
    void compressedOutputsMakeASmallerBundleThatVerifiesAlike() throws Exception {
        ExportResult stored = export("stored.zip", false);
        ExportResult compressed = exported.export("compressed.zip", false, true);

        assertThat(compressed.zipBytes()).isLessThan(stored.zipBytes() / 2);
        assertThat(listedDigest(compressed.bundle(), "evidence/3-stdout.bin"))
                .isEqualTo(listedDigest(stored.bundle(), "evidence/3-stdout.bin"));
        assertThat(verify(compressed.bundle(), trusting(signer)).verdict()).isEqualTo(Verdict.TRUSTED);
    }

    private static String listedDigest(Path bundle, String file) throws Exception {
        try (BundleArchive zip = BundleArchive.open(bundle)) {
            return Sha256Sums.parse(zip.readAllBytes("SHA256SUMS", 1 << 20)).sha256Of(file).orElseThrow();
        }
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path taken = Files.writeString(dir.resolve("taken.zip"), "someone else's");
        assertThatThrownBy(() -> export("taken.zip", false)).hasMessageContaining("never overwritten");
        assertThat(Files.readString(taken)).isEqualTo("someone else's");
    }

    @Test
    void anUnknownIncidentIsRefusedInWords() {
        assertThatThrownBy(() -> exporter.export(new ExportRequest("INC-19990101-0000-dead", dir.resolve("x.zip"), signer,
                IncidentFixture.OPERATOR, false, false, null), ExportProgress.NONE, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no incident 'INC-19990101-0000-dead'");
    }
}
