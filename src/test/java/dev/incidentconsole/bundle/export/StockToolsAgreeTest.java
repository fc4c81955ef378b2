package dev.incidentconsole.bundle.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.bundle.ExportedIncident;
import dev.incidentconsole.bundle.StockTools;
import dev.incidentconsole.bundle.archive.BundleArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst without our console: unzip, sha256sum -c and ssh-keygen -Y verify, run as VERIFY.txt says. */
class StockToolsAgreeTest {

    @TempDir
    Path dir;

    private ExportedIncident exported;
    private Path folder;

    @BeforeEach
    void exportAndExtract() throws Exception {
        exported = new ExportedIncident(dir, 5 * 1024 * 1024);
        Path bundle = exported.export("incident.zip", false).bundle();
        folder = dir.resolve("extracted");
        try (BundleArchive archive = BundleArchive.open(bundle)) {
            archive.extractTo(folder);
        }
    }

    @AfterEach
    void close() {
        exported.close();
    }

    /** The ssh-keygen line exactly as VERIFY.txt prints it. */
    private String sshKeygenLine() throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve("VERIFY.txt")).stream().map(String::strip)
                .filter(line -> line.startsWith("ssh-keygen -Y verify")).toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    @Test
    void sha256sumAndSshKeygenAcceptTheBundleAsVerifyTxtTellsThem() throws Exception {
        StockTools.Result sums = StockTools.run(folder, List.of("sha256sum", "-c", "SHA256SUMS"));
        assertThat(sums.exitCode()).as(sums.output()).isZero();
        assertThat(sums.output()).contains("evidence/3-stdout.bin: OK").contains("manifest.json: OK").doesNotContain("FAILED");

        StockTools.Result signature = StockTools.shell(folder, sshKeygenLine());
        assertThat(signature.exitCode()).as(signature.output()).isZero();
        assertThat(signature.output()).contains("Good \"mcp-incident-bundle\" signature for ada@example.org");
    }

    @Test
    void bothRefuseAfterOneByteIsFlipped() throws Exception {
        flipByte(folder.resolve("evidence/3-stdout.bin"), 4_000_000);
        StockTools.Result sums = StockTools.run(folder, List.of("sha256sum", "-c", "SHA256SUMS"));
        assertThat(sums.exitCode()).isNotZero();
        assertThat(sums.output()).contains("evidence/3-stdout.bin: FAILED");

        flipByte(folder.resolve("SHA256SUMS"), 10);
        StockTools.Result signature = StockTools.shell(folder, sshKeygenLine());
        assertThat(signature.exitCode()).as(signature.output()).isNotZero();
    }

    @Test
    void sshKeygenRefusesASignatureByAnotherKeyUnderTheSameName() throws Exception {
        exported.newSigner("mallory");
        Files.delete(folder.resolve("SHA256SUMS.sig"));
        StockTools.Result resigned = StockTools.run(folder, List.of("ssh-keygen", "-Y", "sign", "-f",
                dir.resolve("mallory").toString(), "-n", "mcp-incident-bundle", "SHA256SUMS"));
        assertThat(resigned.exitCode()).as(resigned.output()).isZero();

        StockTools.Result signature = StockTools.shell(folder, sshKeygenLine());
        assertThat(signature.exitCode()).as(signature.output()).isNotZero();
    }

    private static void flipByte(Path file, long position) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) position] ^= 0x01;
        Files.write(file, bytes);
    }
}
