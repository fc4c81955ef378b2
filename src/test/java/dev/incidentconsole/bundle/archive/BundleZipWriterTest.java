package dev.incidentconsole.bundle.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleZipWriterTest {

    private static final Instant EXPORTED = Instant.parse("2024-05-01T10:15:30Z");

    @TempDir
    Path dir;

    @Test
    void extractedBundlePassesSha256sumAndAFlippedByteFailsIt() throws Exception {
        Path bundle = dir.resolve("bundle.zip");
        List<WrittenEntry> written;
        try (BundleZipWriter writer = BundleZipWriter.create(bundle, EXPORTED)) {
            writeBundleShapedFiles(writer);
            writer.write("SHA256SUMS", writer.sums().toBytes());
            written = writer.written();
        }
        Path out = dir.resolve("extracted");
        try (BundleArchive archive = BundleArchive.open(bundle)) {
            archive.requireFiles("manifest.json", "timeline.jsonl", "SHA256SUMS");
            assertThat(archive.fileNames()).isEqualTo(written.stream().map(WrittenEntry::name).toList());
            Sha256Sums sums = Sha256Sums.parse(archive.readAllBytes("SHA256SUMS", 1 << 20));
            assertThat(sums.digests()).hasSize(written.size() - 1);
            archive.extractTo(out);
        }
        for (WrittenEntry entry : written) {
            Path file = out.resolve(entry.name());
            assertThat(Files.size(file)).isEqualTo(entry.size());
            assertThat(sha256(Files.readAllBytes(file))).isEqualTo(entry.sha256());
        }

        assertThat(sha256sumCheck(out)).startsWith("0\n").contains("evidence/0001-stdout.bin: OK");

        Path evidence = out.resolve("evidence/0001-stdout.bin");
        byte[] bytes = Files.readAllBytes(evidence);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(evidence, bytes);
        assertThat(sha256sumCheck(out)).startsWith("1\n").contains("evidence/0001-stdout.bin: FAILED")
                .contains("report.md: OK");
    }

    @Test
    void sameContentAndExportTimeGiveTheSameBytes() throws IOException {
        byte[] first = bundleBytes(EXPORTED);
        assertThat(bundleBytes(EXPORTED)).isEqualTo(first);
        assertThat(bundleBytes(EXPORTED.plusSeconds(3600))).isNotEqualTo(first);
        Path file = Files.write(dir.resolve("b.zip"), first);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().map(e -> e.getTimeLocal()).distinct().toList())
                    .containsExactly(LocalDateTime.of(2024, 5, 1, 10, 15, 30));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../x", "evidence/../x", "/etc/passwd", "C:\\x", "a\\b", "a//b", "./a", "a/",
        "a\nb", "a:b", "files/aux.txt", "report.md."})
    void refusesUnsafeNamesAndStaysUsable(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BundleZipWriter writer = new BundleZipWriter(out, EXPORTED)) {
            assertThatThrownBy(() -> writer.write(name, new byte[] {1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cannot add " + BundleRejectedException.quoted(name) + " to a bundle: it ");
            writer.write("report.md", new byte[] {1});
        }
        Path file = Files.write(dir.resolve("b.zip"), out.toByteArray());
        try (BundleArchive archive = BundleArchive.open(file)) {
            assertThat(archive.fileNames()).containsExactly("report.md");
        }
    }

    @Test
    void refusesNamesThatWouldLandOnTheSameFile() throws IOException {
        try (BundleZipWriter writer = new BundleZipWriter(new ByteArrayOutputStream(), EXPORTED)) {
            writer.write("evidence/a.txt", new byte[0]);
            assertThatThrownBy(() -> writer.write("evidence/a.txt", new byte[0]))
                    .hasMessageContaining("already there");
            assertThatThrownBy(() -> writer.write("Evidence/A.TXT", new byte[0]))
                    .hasMessageContaining("already there");
            assertThatThrownBy(() -> writer.write("evidence/a.txt/b", new byte[0]))
                    .hasMessageContaining("evidence/a.txt is already a file, not a folder");
            assertThatThrownBy(() -> writer.write("evidence", new byte[0])).hasMessageContaining("already a folder");
        }
    }

    @Test
    void contentCanBePushedThroughAWriterThatClosesTheStream() throws IOException {
        Path bundle = dir.resolve("b.zip");
        OutputStream[] kept = new OutputStream[1];
        try (BundleZipWriter writer = BundleZipWriter.create(bundle, EXPORTED)) {
            WrittenEntry report = writer.write("report.md", out -> {
                kept[0] = out;
                try (Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    text.write("# Incident\n");
                }
            });
            assertThat(report.size()).isEqualTo(11);
            assertThatThrownBy(() -> kept[0].write(1)).hasMessageContaining("report.md is already complete");
            writer.write("after.md", "still writable".getBytes(StandardCharsets.UTF_8));
        }
        try (BundleArchive archive = BundleArchive.open(bundle)) {
            assertThat(new String(archive.readAllBytes("report.md", 100), StandardCharsets.UTF_8))
                    .isEqualTo("# Incident\n");
        }
    }

    @Test
    void aFailedEntryStopsTheWriterAndLeavesNoBundleThatLooksWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BundleZipWriter writer = new BundleZipWriter(out, EXPORTED)) {
            writer.write("report.md", new byte[] {1, 2, 3});
            assertThatThrownBy(() -> writer.write("evidence/1.bin", failingStream())).hasMessage("store connection lost");
            assertThatThrownBy(() -> writer.write("timeline.jsonl", new byte[0]))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the bundle is incomplete because writing evidence/1.bin failed");
        }
        Path partial = Files.write(dir.resolve("partial.zip"), out.toByteArray());
        assertThatThrownBy(() -> BundleArchive.open(partial)).isInstanceOf(BundleRejectedException.class)
                .satisfies(e -> assertThat(((BundleRejectedException) e).reason()).isEqualTo(RejectionReason.TRUNCATED));

        Path owned = dir.resolve("owned.zip");
        try (BundleZipWriter writer = BundleZipWriter.create(owned, EXPORTED)) {
            assertThatThrownBy(() -> writer.write("evidence/1.bin", failingStream())).isInstanceOf(IOException.class);
        }
        assertThat(owned).doesNotExist();
    }

    /** Beyond 65,535 entries the JDK writes ZIP64 end records; the reader follows them. */
    @Test
    void manyEntriesGoThroughZip64EndRecords() throws IOException {
        Path bundle = dir.resolve("many.zip");
        int count = 66_000;
        try (BundleZipWriter writer = BundleZipWriter.create(bundle, EXPORTED)) {
            for (int i = 0; i < count; i++) {
                writer.write("evidence/" + i + ".txt", new byte[] {(byte) i});
            }
        }
        try (BundleArchive archive = BundleArchive.open(bundle)) {
            assertThat(archive.fileNames()).hasSize(count).endsWith("evidence/65999.txt");
            assertThat(archive.readAllBytes("evidence/65999.txt", 1)).containsExactly((byte) 65_999);
        }
    }

    private static InputStream failingStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("store connection lost");
            }
        };
    }

    /** Output of zeros compresses a thousandfold; the writer keeps it under the ratio the reader accepts. */
    @Test
    void extremelyCompressibleOutputStaysUnderTheReadersRatioLimit() throws Exception {
        Path bundle = dir.resolve("zeros.zip");
        WrittenEntry zeros;
        WrittenEntry small;
        try (BundleZipWriter writer = BundleZipWriter.create(bundle, EXPORTED)) {
            zeros = writer.write("evidence/zeros.bin", new ByteArrayInputStream(new byte[64 << 20]));
            small = writer.write("evidence/small-zeros.bin", new byte[(1 << 20) + 1]);
        }
        for (WrittenEntry entry : List.of(zeros, small)) {
            assertThat(entry.size()).as("still compressed").isGreaterThan(entry.compressedSize() * 4);
            assertThat(entry.size()).isLessThanOrEqualTo(entry.compressedSize() * BundleZipWriter.MAX_RATIO);
        }
        assertThat(zeros.size()).as("ratio").isGreaterThan(zeros.compressedSize() * (BundleZipWriter.MAX_RATIO / 2));
        try (BundleArchive archive = BundleArchive.open(bundle); InputStream in = archive.open("evidence/zeros.bin")) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(zeros.sha256());
        }
    }

    @Test
    void alteredCompressedBytesAreFoundWhenRead() throws IOException {
        Path bundle = dir.resolve("b.zip");
        byte[] content = "the same line of evidence\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
        try (BundleZipWriter writer = BundleZipWriter.create(bundle, EXPORTED)) {
            writer.write("evidence/1.txt", content);
        }
        byte[] zip = Files.readAllBytes(bundle);
        zip[30 + "evidence/1.txt".length() + 40] ^= 0x10;
        Files.write(bundle, zip);
        try (BundleArchive archive = BundleArchive.open(bundle); InputStream in = archive.open("evidence/1.txt")) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(BundleRejectedException.class)
                    .hasMessageStartingWith("entry \"evidence/1.txt\" ")
                    .satisfies(e -> assertThat(((BundleRejectedException) e).reason()).isIn(
                            RejectionReason.CRC_MISMATCH, RejectionReason.CORRUPT_DATA, RejectionReason.SIZE_MISMATCH));
        }
    }

    private byte[] bundleBytes(Instant exportTime) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BundleZipWriter writer = new BundleZipWriter(out, exportTime)) {
            writeBundleShapedFiles(writer);
        }
        return out.toByteArray();
    }

    private static void writeBundleShapedFiles(BundleZipWriter writer) throws IOException {
        byte[] binary = new byte[300_000];
        new Random(7).nextBytes(binary);
        writer.write("manifest.json", "{\"incident\":\"INC-7\",\"chainHead\":\"ab12\"}\n".getBytes(StandardCharsets.UTF_8));
        writer.write("timeline.jsonl", "{\"seq\":1,\"kind\":\"command\"}\n".repeat(500).getBytes(StandardCharsets.UTF_8));
        writer.write("evidence/0001-stdout.bin", new ByteArrayInputStream(binary));
        writer.write("evidence/0001-stderr.bin", new byte[0]);
        writer.write("files/web-1/etc/hosts", "127.0.0.1 localhost\n".getBytes(StandardCharsets.UTF_8));
        writer.write("runbooks/mcp-server-down.md", "# MCP server down\n".getBytes(StandardCharsets.UTF_8));
        writer.write("report.md", "# INC-7 café ☕\n".getBytes(StandardCharsets.UTF_8));
        writer.write("report.html", "<h1>INC-7</h1>\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the real coreutils check in {@code folder}; the answer is the exit code, a newline, then the output. */
    private static String sha256sumCheck(Path folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sha256sum", "--check", "--strict", "SHA256SUMS")
                .directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() + "\n" + output;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
