package dev.incidentconsole.bundle.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Well-formed zips from other writers open, and the reading API behaves as documented. */
class BundleArchiveTest {

    private static final byte[] MANIFEST = "{\"incident\":\"INC-1\"}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] REPORT = "# INC-1\n".repeat(100).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void readsAZipWithFolderEntriesAndStoredFilesFromTheJdkWriter() throws IOException {
        Path zip = dir.resolve("jdk.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("evidence/"));
            out.closeEntry();
            ZipEntry stored = new ZipEntry("evidence/1.txt");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(MANIFEST.length);
            CRC32 crc = new CRC32();
            crc.update(MANIFEST);
            stored.setCrc(crc.getValue());
            out.putNextEntry(stored);
            out.write(MANIFEST);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("report.md"));
            out.write(REPORT);
            out.closeEntry();
        }
        try (BundleArchive archive = BundleArchive.open(zip)) {
            assertThat(archive.fileNames()).containsExactly("evidence/1.txt", "report.md");
            assertThat(archive.readAllBytes("evidence/1.txt", 1000)).isEqualTo(MANIFEST);
            assertThat(archive.readAllBytes("report.md", 1000)).isEqualTo(REPORT);
            assertThat(archive.size("report.md")).isEqualTo(REPORT.length);
        }
    }

    @Test
    void readsZip64RecordsAsTheJdkDoes() throws IOException {
        RawZip raw = new RawZip().zip64();
        raw.deflated("manifest.json", MANIFEST);
        raw.stored("report.md", REPORT);
        Path zip = write(raw);
        try (ZipFile jdk = new ZipFile(zip.toFile());
                BundleArchive archive = BundleArchive.open(zip)) {
            assertThat(archive.fileNames()).containsExactly("manifest.json", "report.md");
            for (String name : archive.fileNames()) {
                try (InputStream expected = jdk.getInputStream(jdk.getEntry(name))) {
                    assertThat(archive.readAllBytes(name, 1000)).isEqualTo(expected.readAllBytes());
                }
            }
        }
    }

    @Test
    void severalEntriesCanBeReadAtOnce() throws IOException {
        RawZip raw = new RawZip();
        raw.deflated("manifest.json", MANIFEST);
        raw.deflated("report.md", REPORT);
        Path zip = write(raw);
        try (BundleArchive archive = BundleArchive.open(zip);
                InputStream manifest = archive.open("manifest.json");
                InputStream report = archive.open("report.md")) {
            byte[] firstHalf = manifest.readNBytes(5);
            byte[] wholeReport = report.readAllBytes();
            byte[] rest = manifest.readAllBytes();
            assertThat(firstHalf.length + rest.length).isEqualTo(MANIFEST.length);
            assertThat(wholeReport).isEqualTo(REPORT);
        }
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        RawZip raw = new RawZip();
        raw.stored("manifest.json", MANIFEST);
        Path zip = write(raw);
        try (BundleArchive archive = BundleArchive.open(zip)) {
            assertThat(archive.contains("SHA256SUMS")).isFalse();
            assertThatThrownBy(() -> archive.requireFiles("manifest.json", "SHA256SUMS", "SHA256SUMS.sig"))
                    .isInstanceOf(BundleRejectedException.class)
                    .hasMessage("entry \"SHA256SUMS\" is missing from the bundle")
                    .satisfies(e -> assertThat(((BundleRejectedException) e).reason())
                            .isEqualTo(RejectionReason.MISSING_FILE));
            assertThatThrownBy(() -> archive.open("report.md")).hasMessageContaining("\"report.md\" is missing");
        }
    }

    @Test
    void aSmallFileReadWholeHasACeiling() throws IOException {
        RawZip raw = new RawZip();
        raw.stored("report.md", REPORT);
        Path zip = write(raw);
        try (BundleArchive archive = BundleArchive.open(zip)) {
            assertThatThrownBy(() -> archive.readAllBytes("report.md", 100))
                    .hasMessage("entry \"report.md\" is 800 bytes; at most 100 bytes are expected for it");
        }
    }

    @Test
    void extractsOnlyIntoAnEmptyFolder() throws IOException {
        RawZip raw = new RawZip();
        raw.stored("evidence/1.txt", MANIFEST);
        Path zip = write(raw);
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Path link = Files.createSymbolicLink(busy.resolve("evidence"), dir);
        try (BundleArchive archive = BundleArchive.open(zip)) {
            assertThatThrownBy(() -> archive.extractTo(busy)).hasMessageContaining("it is not empty");
            assertThat(Files.exists(dir.resolve("1.txt"))).isFalse();
            assertThat(Files.readSymbolicLink(link)).isEqualTo(dir);

            Path fresh = dir.resolve("new/folder");
            archive.extractTo(fresh);
            assertThat(Files.readAllBytes(fresh.resolve("evidence/1.txt"))).isEqualTo(MANIFEST);
        }
    }

    private Path write(RawZip raw) throws IOException {
        return Files.write(dir.resolve("bundle.zip"), raw.build());
    }

    @Test
    void anEmptyZipHasNoFiles() throws IOException {
        Path zip = dir.resolve("empty.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream empty = new ZipOutputStream(out)) {
            empty.finish();
        }
        try (BundleArchive archive = BundleArchive.open(zip)) {
            assertThat(archive.fileNames()).isEmpty();
            assertThatThrownBy(() -> archive.requireFiles("manifest.json")).hasMessageContaining("missing");
        }
    }
}
