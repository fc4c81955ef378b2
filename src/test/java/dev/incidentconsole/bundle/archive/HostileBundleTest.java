package dev.incidentconsole.bundle.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile bundles, built byte by byte: each is refused with its own reason and a message naming the entry, and
 * nothing is written anywhere, inside the target folder or outside it.
 */
class HostileBundleTest {

    private static final byte[] TEXT = "owned\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    @Test
    void zipSlipIsRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.stored("report.md", TEXT);
        zip.stored("../../etc/x", TEXT);
        assertRejected(zip.build(), RejectionReason.PATH_ESCAPES, "entry \"../../etc/x\" climbs out of its folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/x", "C:\\x", "\\\\server\\share\\x", "C:x", "\\x"})
    void absolutePathsAreRefused(String name) throws IOException {
        assertNameRejected(name, RejectionReason.ABSOLUTE_PATH, BundleRejectedException.quoted(name) + " is an absolute"
                + " path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evidence\\x.txt", "evidence\\..\\..\\x"})
    void backslashesAreRefused(String name) throws IOException {
        assertNameRejected(name, RejectionReason.BACKSLASH, "contains a backslash");
    }

    @Test
    void emptyAndDotSegmentsAreRefused() throws IOException {
        assertNameRejected("evidence//x", RejectionReason.EMPTY_SEGMENT, "\"evidence//x\" has an empty path segment");
        assertNameRejected("evidence/./x", RejectionReason.DOT_SEGMENT, "\"evidence/./x\" has a '.' path segment");
    }

    @Test
    void controlCharactersAndDeviceNamesAreRefused() throws IOException {
        assertNameRejected("evidence/a\nb", RejectionReason.FORBIDDEN_CHARACTER,
                "\"evidence/a\\u000Ab\" contains the control character U+000A");
        assertNameRejected("files/CON.txt", RejectionReason.FORBIDDEN_CHARACTER, "Windows reserves for a device");
    }

    @Test
    void symlinksAreRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.stored("evidence/passwd", "../../../../etc/passwd".getBytes(StandardCharsets.UTF_8)).unixMode(0120777);
        assertRejected(zip.build(), RejectionReason.SYMLINK, "\"evidence/passwd\" is a symbolic link");
    }

    @Test
    void pipesAndDevicesAreRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.stored("evidence/fifo", new byte[0]).unixMode(0010644);
        assertRejected(zip.build(), RejectionReason.NOT_REGULAR_FILE, "\"evidence/fifo\" is not a regular file");
    }

    @Test
    void duplicateNamesAreRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.stored("report.md", "the report the signature covers".getBytes(StandardCharsets.UTF_8));
        zip.stored("report.md", "a report slipped in later".getBytes(StandardCharsets.UTF_8));
        assertRejected(zip.build(), RejectionReason.DUPLICATE_NAME, "\"report.md\" appears twice");
    }

    @Test
    void namesThatCollideOnCaseInsensitiveDisksAreRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.stored("report.md", TEXT);
        zip.stored("REPORT.md", TEXT);
        assertRejected(zip.build(), RejectionReason.NAME_CLASH, "\"REPORT.md\" and \"report.md\" would be the same");
        RawZip folder = new RawZip();
        folder.stored("evidence", TEXT);
        folder.stored("evidence/x", TEXT);
        assertRejected(folder.build(), RejectionReason.NAME_CLASH, "\"evidence\" is a file, but \"evidence/x\"");
    }

    @Test
    void bombWithLyingSizeStopsWhileStreamingAndLeavesNothing() throws IOException {
        RawZip zip = new RawZip();
        zip.stored("report.md", TEXT);
        zip.deflated("evidence/small.txt", new byte[20 << 20]).declaredSize(1000);
        assertRejected(zip.build(), RejectionReason.SIZE_MISMATCH,
                "\"evidence/small.txt\" holds more than the 1000 bytes it declares");
    }

    @Test
    void bombWithHighRatioIsRefusedUnread() throws IOException {
        RawZip zip = new RawZip();
        zip.deflated("evidence/zeros", new byte[50 << 20]);
        assertRejected(zip.build(), RejectionReason.RATIO_TOO_HIGH, "into 50.0 MiB (52428800 bytes), more than 200"
                + " times");
    }

    @Test
    void declaredSizesOverTheLimitsAreRefused() throws IOException {
        RawZip huge = new RawZip();
        huge.deflated("evidence/big", TEXT).declaredSize(17L << 30);
        assertRejected(huge.zip64().build(), RejectionReason.ENTRY_TOO_LARGE, "declares 17.0 GiB (18253611008 bytes), more"
                + " than the 16.0 GiB");
        RawZip two = new RawZip();
        two.stored("a", new byte[600]);
        two.stored("b", new byte[600]);
        assertRejected(two.build(), BundleLimits.DEFAULTS.withMaxTotalBytes(1000), RejectionReason.TOTAL_TOO_LARGE,
                "more than 1000 bytes in all (reached at entry \"b\")");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        RawZip eleven = new RawZip();
        for (int i = 0; i < 11; i++) {
            eleven.stored("evidence/" + i, TEXT);
        }
        assertRejected(eleven.build(), BundleLimits.DEFAULTS.withMaxEntries(10), RejectionReason.TOO_MANY_ENTRIES,
                "declares 11 entries; at most 10");
        RawZip lying = new RawZip().declaredCount(100_001);
        lying.stored("report.md", TEXT);
        assertRejected(lying.zip64().build(), RejectionReason.TOO_MANY_ENTRIES, "declares 100001 entries");
    }

    @Test
    void namesThatAreNotUtf8AreRefused() throws IOException {
        RawZip invalid = new RawZip();
        invalid.add(new byte[] {'e', 'v', 'i', 'l', (byte) 0xC3, (byte) 0x28}, TEXT, 0, TEXT);
        assertRejected(invalid.build(), RejectionReason.NOT_UTF8, "has a name that is not valid UTF-8");
        RawZip unmarked = new RawZip();
        unmarked.stored("café.md", TEXT).flags = 0;
        assertRejected(unmarked.build(), RejectionReason.NOT_UTF8, "\"café.md\" has a non-ASCII name that is not"
                + " marked as UTF-8");
    }

    @Test
    void aLocalHeaderWithAnotherNameIsRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.stored("report.md", TEXT).localName = "../../x.md".getBytes(StandardCharsets.UTF_8);
        assertRejected(zip.build(), RejectionReason.INCONSISTENT_HEADERS,
                "\"report.md\" is called \"../../x.md\" in its local header");
    }

    @Test
    void overlappingEntriesAreRefused() throws IOException {
        RawZip zip = new RawZip();
        RawZip.Entry first = zip.stored("a", TEXT);
        zip.stored("b", TEXT);
        // "a" claims the bytes of "b" as its own: the shape of a non-recursive zip bomb.
        first.compressedSize = first.size = TEXT.length + 30 + 1 + TEXT.length;
        assertRejected(zip.build(), RejectionReason.OVERLAPPING_ENTRIES, "\"a\" shares its bytes");
    }

    @Test
    void aWrongCrcIsFoundWhenTheEntryIsRead() throws IOException {
        RawZip zip = new RawZip();
        zip.stored("report.md", TEXT).crc ^= 1;
        assertRejected(zip.build(), RejectionReason.CRC_MISMATCH, "\"report.md\" does not match its CRC-32");
    }

    @Test
    void encryptionAndOtherMethodsAreRefused() throws IOException {
        RawZip encrypted = new RawZip();
        encrypted.stored("report.md", TEXT).flags |= 1;
        assertRejected(encrypted.build(), RejectionReason.UNSUPPORTED, "\"report.md\" is encrypted");
        RawZip bzip2 = new RawZip();
        bzip2.stored("report.md", TEXT).method = 12;
        assertRejected(bzip2.build(), RejectionReason.UNSUPPORTED, "uses compression method 12");
    }

    @Test
    void aSecondNameInAUnicodePathFieldIsRefused() throws IOException {
        RawZip zip = new RawZip();
        byte[] other = "../../x".getBytes(StandardCharsets.UTF_8);
        byte[] field = new byte[4 + 5 + other.length];
        field[0] = 0x75;
        field[1] = 0x70;
        field[2] = (byte) (5 + other.length);
        field[4] = 1;
        System.arraycopy(other, 0, field, 9, other.length);
        zip.stored("report.md", TEXT).centralExtra = field;
        assertRejected(zip.build(), RejectionReason.INCONSISTENT_HEADERS, "Info-ZIP Unicode Path");
    }

    /** A second end record hidden in the comment would show readers that search differently another archive. */
    @Test
    void aSecondEndRecordInTheCommentIsRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.stored("report.md", TEXT);
        byte[] real = zip.build();
        byte[] fakeEnd = Arrays.copyOfRange(real, real.length - 22, real.length);
        byte[] both = Arrays.copyOf(real, real.length + 22);
        both[real.length - 2] = 22;
        System.arraycopy(fakeEnd, 0, both, real.length, 22);
        assertRejected(both, RejectionReason.MALFORMED, "it has two end records");
    }

    @Test
    void aTruncatedZipIsRefused() throws IOException {
        Path whole = root.resolve("whole.zip");
        try (BundleZipWriter writer = BundleZipWriter.create(whole, Instant.parse("2024-05-01T10:00:00Z"))) {
            writer.write("report.md", TEXT);
            writer.write("timeline.jsonl", "{}\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        assertRejected(Arrays.copyOf(bytes, bytes.length / 2), RejectionReason.TRUNCATED, "the zip is incomplete");
        assertRejected(Arrays.copyOf(bytes, bytes.length - 5), RejectionReason.TRUNCATED, "the zip is incomplete");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        byte[] text = "manifest.json: this is a text file, not a bundle\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        assertRejected(text, RejectionReason.NOT_A_ZIP, "the file is not a zip archive");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertRejected(new byte[0], RejectionReason.EMPTY_FILE, "the bundle file is empty");
    }

    private void assertNameRejected(String name, RejectionReason reason, String message) throws IOException {
        RawZip zip = new RawZip();
        zip.stored(name, TEXT);
        assertRejected(zip.build(), reason, message);
    }

    private void assertRejected(byte[] zip, RejectionReason reason, String message) throws IOException {
        assertRejected(zip, BundleLimits.DEFAULTS, reason, message);
    }

    /** Opens and extracts into root/case/out; afterwards root holds only the zip and the empty case folder. */
    private void assertRejected(byte[] zip, BundleLimits limits, RejectionReason reason, String message)
            throws IOException {
        Path bundle = root.resolve("bundle.zip");
        Files.write(bundle, zip);
        Path caseFolder = Files.createDirectories(root.resolve("case"));
        Path out = caseFolder.resolve("out");
        BundleRejectedException rejected = catchThrowableOfType(BundleRejectedException.class, () -> {
            try (BundleArchive archive = BundleArchive.open(bundle, limits)) {
                archive.extractTo(out);
            }
        });
        assertThat(rejected).as("the bundle should have been refused").isNotNull();
        assertThat(rejected.reason()).as(rejected.getMessage()).isEqualTo(reason);
        assertThat(rejected.getMessage()).contains(message);
        try (Stream<Path> left = Files.walk(root)) {
            assertThat(left.map(root::relativize).map(Path::toString).sorted().toList())
                    .isEqualTo(List.of("", "bundle.zip", "case"));
        }
        Files.delete(bundle);
    }
}
