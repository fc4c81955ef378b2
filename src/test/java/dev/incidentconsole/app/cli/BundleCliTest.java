package dev.incidentconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.app.AppPaths;
import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.bundle.IncidentFixture;
import dev.incidentconsole.bundle.StockTools;
import dev.incidentconsole.bundle.archive.BundleArchive;
import dev.incidentconsole.bundle.signing.AllowedSigners;
import dev.incidentconsole.bundle.signing.BundleSigner;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.h2.H2EvidenceStore;
import dev.incidentconsole.remote.LocalAccount;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and verify end to end: a real store, a key made by ssh-keygen, bundles on disk, exit codes as documented. */
class BundleCliTest {

    @TempDir
    Path home;

    private Wiring wiring;
    private Path db;
    private String incidentId;
    private Path key;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void recordIncident() throws Exception {
        db = home.resolve("evidence");
        try (H2EvidenceStore store = H2EvidenceStore.open(db, null)) {
            incidentId = new IncidentFixture(store).record(3 * 1024 * 1024).id();
        }
        key = StockTools.newKey(home, "ada_ed25519");
        wiring = new Wiring(new AppPaths(home.resolve("data"), home.resolve("config")), Clock.systemUTC(),
                new LocalAccount("ada", home), null);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.commandLine(wiring, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path allowedSigners() throws Exception {
        String publicKey = Files.readString(home.resolve("ada_ed25519.pub")).strip().replaceAll("\\s+\\S+$", "");
        return Files.writeString(home.resolve("allowed_signers"), AllowedSigners.lineFor(IncidentFixture.PRINCIPAL,
                publicKey, BundleSigner.NAMESPACE) + "\n");
    }

    private int export(String file, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("export", incidentId, "--db", db.toString(), "-o",
                home.resolve(file).toString(), "--key", key.toString(), "--principal", IncidentFixture.PRINCIPAL));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void anExportedBundleVerifiesAndExitsZeroOnlyForATrustedSigner() throws Exception {
        assertThat(export("incident.zip")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote " + home.resolve("incident.zip")).contains("signed as ada@example.org")
                .contains("custody recorded as entry 9");
        assertThat(err.toString()).contains("exporting: 0%").contains("exporting: 100%");

        assertThat(run("verify", home.resolve("incident.zip").toString(), "--allowed-signers", allowedSigners().toString()))
                .as(out.toString()).isZero();
        assertThat(out.toString()).doesNotContain("PROBLEM").contains("verdict: verified: intact, and signed by a key you trust");

        assertThat(run("verify", home.resolve("incident.zip").toString())).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("PROBLEM")
                .contains("verdict: valid, but signed by a key you have not trusted (ada@example.org, SHA256:");
        assertThat(run("verify-store", "--db", db.toString())).isZero();
    }

    @Test
    void theSettingsFoldersAllowedSignersIsUsedWhenNoneIsGiven() throws Exception {
        assertThat(export("incident.zip")).isZero();
        Files.createDirectories(home.resolve("config"));
        Files.copy(allowedSigners(), home.resolve("config/allowed_signers"));

        assertThat(run("verify", home.resolve("incident.zip").toString())).as(out.toString()).isZero();
    }

    @Test
    void aRedactedExportHidesSecretsAndStillVerifies() throws Exception {
        assertThat(export("out/redacted.zip", "--redact")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("secrets masked");
        try (BundleArchive zip = BundleArchive.open(home.resolve("out/redacted.zip"))) {
            for (String name : zip.fileNames()) {
                String content = new String(zip.readAllBytes(name, 16 << 20), StandardCharsets.ISO_8859_1);
                IncidentFixture.SECRETS.forEach(secret -> assertThat(content).as(name).doesNotContain(secret));
            }
        }
        assertThat(run("verify", home.resolve("out/redacted.zip").toString(), "--allowed-signers", allowedSigners().toString()))
                .as(out.toString()).isZero();
        assertThat(out.toString()).contains("REDACTED copy");
    }

    @Test
    void aTamperedBundleFailsWithTheFileNamed() throws Exception {
        assertThat(export("incident.zip")).isZero();
        Path extracted = home.resolve("x");
        try (BundleArchive zip = BundleArchive.open(home.resolve("incident.zip"))) {
            zip.extractTo(extracted);
        }
        Files.writeString(extracted.resolve("evidence/2-stderr.bin"), "nothing to see here\n");
        Path tampered = home.resolve("tampered.zip");
        try (OutputStream file = Files.newOutputStream(tampered); ZipOutputStream zip = new ZipOutputStream(file)) {
            try (var files = Files.walk(extracted)) {
                for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new ZipEntry(extracted.relativize(path).toString()));
                    zip.write(Files.readAllBytes(path));
                    zip.closeEntry();
                }
            }
        }

        assertThat(run("verify", tampered.toString(), "--allowed-signers", allowedSigners().toString())).isEqualTo(1);
        assertThat(out.toString()).contains("PROBLEM evidence/2-stderr.bin: does not match its SHA256SUMS line")
                .contains("verdict: NOT verified");
    }

    @Test
    void hostileZipsGiveTheArchivesReasonNotAStackTrace() throws Exception {
        Path slip = zipWith("slip.zip", "../../etc/cron.d/evil");
        Path absolute = zipWith("absolute.zip", "/etc/passwd");
        Path notZip = Files.write(home.resolve("junk.zip"), "this is not a zip file at all".getBytes(StandardCharsets.UTF_8));
        Path bomb = home.resolve("bomb.zip");
        try (OutputStream file = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("evidence/2-stdout.bin"));
            zip.write(new byte[50 * 1024 * 1024]);
            zip.closeEntry();
        }

        for (Path hostile : List.of(slip, absolute, notZip, bomb)) {
            assertThat(run("verify", hostile.toString())).as(hostile.toString()).isEqualTo(1);
            assertThat(out.toString()).as(hostile.toString()).contains("PROBLEM").contains("refused")
                    .contains("verdict: NOT verified");
            assertThat(out + err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        run("verify", slip.toString());
        assertThat(out.toString()).contains("../../etc/cron.d/evil");
    }

    @Test
    void mistakesAreUsageErrors() throws Exception {
        assertThat(run("verify", home.resolve("missing.zip").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no bundle file");
        assertThat(export("bundle.tar")).isEqualTo(2);
        assertThat(err.toString()).contains("must end in .zip");
        assertThat(export("once.zip")).isZero();
        assertThat(export("once.zip")).isEqualTo(2);
        assertThat(err.toString()).contains("already exists");
        assertThat(run("export", "INC-19990101-0000-dead", "--db", db.toString(), "-o", home.resolve("n.zip").toString(),
                "--key", key.toString())).isEqualTo(2);
        assertThat(run("verify", home.resolve("once.zip").toString(), "--allowed-signers", home.resolve("nope").toString()))
                .isEqualTo(2);
    }

    @Test
    void withoutATerminalTheAppKeyCannotBeCreatedAndSaysWhatToDo() throws Exception {
        assertThat(run("export", incidentId, "--db", db.toString(), "-o", home.resolve("app.zip").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("needs a terminal").contains("--key");
        assertThat(home.resolve("app.zip")).doesNotExist();

        Path encrypted = home.resolve("locked");
        StockTools.run(home, List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "correct horse", "-f", encrypted.toString()));
        assertThat(run("export", incidentId, "--db", db.toString(), "-o", home.resolve("locked.zip").toString(),
                "--key", encrypted.toString(), "--principal", IncidentFixture.PRINCIPAL)).isEqualTo(2);
        assertThat(err.toString()).contains("is encrypted and there is no terminal");
        try (H2EvidenceStore store = H2EvidenceStore.open(db, null)) {
            List<EvidenceEntry> timeline = store.timeline(incidentId);
            assertThat(timeline.get(timeline.size() - 1).kind()).isEqualTo(EntryKind.COMMAND);
        }
    }

    private Path zipWith(String file, String entryName) throws Exception {
        Path zip = home.resolve(file);
        try (OutputStream stream = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(stream)) {
            out.putNextEntry(new ZipEntry(entryName));
            out.write("owned\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }
}
