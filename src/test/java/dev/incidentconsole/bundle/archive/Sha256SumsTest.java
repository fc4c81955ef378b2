package dev.incidentconsole.bundle.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Sha256SumsTest {

    private static final String A = "a".repeat(64);
    private static final String B = "0123456789abcdef".repeat(4);

    @Test
    void writesTheLinesSha256sumReads() {
        Sha256Sums sums = new Sha256Sums(List.of(new FileDigest("manifest.json", A),
                new FileDigest("evidence/0001 stdout.bin", B)));
        assertThat(new String(sums.toBytes(), StandardCharsets.UTF_8))
                .isEqualTo(A + "  manifest.json\n" + B + "  evidence/0001 stdout.bin\n");
    }

    @Test
    void parsesWhatItWritesAndWhatSha256sumWrites() throws MalformedSha256SumsException {
        Sha256Sums written = new Sha256Sums(List.of(new FileDigest("report.md", A), new FileDigest("files/é.txt", B)));
        assertThat(Sha256Sums.parse(written.toBytes()).digests()).isEqualTo(written.digests());

        String binaryModeUppercase = B.toUpperCase() + " *report.md";
        Sha256Sums parsed = Sha256Sums.parse(binaryModeUppercase.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.sha256Of("report.md")).contains(B);
        assertThat(parsed.sha256Of("manifest.json")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AAA  report.md|1|the line does not start with 64 hexadecimal digits",
        "HASH  report.md\\n\\nHASH  b|2|the line is empty",
        "HASH  report.md\\r\\n|1|carriage return",
        "HASH report.md|1|expected two spaces (or a space and '*')",
        "HASH  a\\nHASH  b\\nHASH  a|3|a is listed twice (first on line 1)",
        "HASH  ../../etc/passwd|1|the file name \"../../etc/passwd\" climbs out of its folder",
        "HASH  /etc/passwd|1|is an absolute path",
        "\\\\HASH  a\\\\nb|1|the line is escaped",
        "SHA256 (report.md) = HASH|1|BSD style",
        "HASH  -|1|standard input",
        "HASH  a\\nHASH  evidence\\\\x|2|contains a backslash",
    })
    void refusesMalformedLinesNamingTheLine(String content, int line, String message) {
        byte[] bytes = content.replace("HASH", B).replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\")
                .getBytes(StandardCharsets.UTF_8);
        MalformedSha256SumsException e = catchThrowableOfType(MalformedSha256SumsException.class,
                () -> Sha256Sums.parse(bytes));
        assertThat(e).as("should be malformed: " + content).isNotNull();
        assertThat(e.lineNumber()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith("SHA256SUMS line " + line + ": ").contains(message);
    }

    @Test
    void refusesInvalidUtf8NamingTheLine() {
        byte[] bytes = (B + "  a\n" + B + "  b").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;
        assertThatThrownBy(() -> Sha256Sums.parse(bytes)).isInstanceOf(MalformedSha256SumsException.class)
                .hasMessage("SHA256SUMS line 2: the line is not valid UTF-8");
    }

    @Test
    void aMissingFinalNewlineIsAccepted() throws MalformedSha256SumsException {
        assertThat(Sha256Sums.parse((A + "  a").getBytes(StandardCharsets.UTF_8)).sha256Of("a")).contains(A);
        assertThat(Sha256Sums.parse(new byte[0]).digests()).isEmpty();
    }

    /** GNU sha256sum would escape these; a bundle never holds them, so they are refused rather than escaped. */
    @ParameterizedTest
    @ValueSource(strings = {"evidence/a\nb", "evidence\\b", "../x", "-"})
    void refusesToListNamesThatWouldNeedEscapingOrAreUnsafe(String name) {
        assertThatThrownBy(() -> new Sha256Sums(List.of(new FileDigest(name, A))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot list " + BundleRejectedException.quoted(name) + " in SHA256SUMS");
    }

    @Test
    void refusesDigestsThatAreNotLowercaseHex() {
        assertThatThrownBy(() -> new FileDigest("a", A.toUpperCase())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileDigest("a", "abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
