package dev.incidentconsole.bundle.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskerTest {

    static Stream<Arguments> secrets() {
        return Stream.of(
                arguments("Authorization: Bearer eyJhbGciOi.payload.sig", "Authorization: [REDACTED]"),
                arguments("curl -H 'authorization: Basic dXNlcjpwYXNz' x", "curl -H 'authorization: [REDACTED]' x"),
                arguments("{\"Authorization\": \"Token abc123\"}", "{\"Authorization\": \"[REDACTED]\"}"),
                arguments("X-Forward: bearer abcdefgh12345678", "X-Forward: bearer [REDACTED]"),
                arguments("key sk-ant-api03-AbCdEfGhIjKlMnOp here", "key [REDACTED] here"),
                arguments("ghp_1234567890abcdefghijABCDEFGHIJ", "[REDACTED]"),
                arguments("github_pat_11ABCDEFG0123456789_abcdef", "[REDACTED]"),
                arguments("id AKIAIOSFODNN7EXAMPLE ok", "id [REDACTED] ok"),
                arguments("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG", "aws_secret_access_key = [REDACTED]"),
                arguments("GET /login?user=ana&password=hunter2&next=/", "GET /login?user=ana&password=[REDACTED]&next=/"),
                arguments("GET /cb?token=abc.def-1&state=9", "GET /cb?token=[REDACTED]&state=9"),
                arguments("DB_PASSWORD='s3cr3t' ./run", "DB_PASSWORD='[REDACTED]' ./run"),
                arguments("\"api_key\": \"k-123\",", "\"api_key\": \"[REDACTED]\","),
                arguments("psql postgres://app:pa55@db:5432/x", "psql postgres://app:[REDACTED]@db:5432/x"),
                arguments("xoxb-1234567890-abcdefghij", "[REDACTED]"));
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void secretsAreMasked(String line, String masked) {
        assertThat(new SecretMasker().maskLine(line)).isEqualTo(masked);
        assertThat(new SecretMasker().maskLine(masked)).as("masking again changes nothing").isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"active (running) since Sat 2026-11-21 03:01:00 UTC", "GET /mcp/tools?limit=20&cursor=abc 200",
            "http://web1:8080/health", "max_tokens=4096 tokens: 12", "Filesystem 1K-blocks Used Available Use% Mounted on",
            "disk is 95% full; see sk-short"})
    void ordinaryTextIsLeftAlone(String line) {
        assertThat(new SecretMasker().maskLine(line)).isEqualTo(line);
    }

    @Test
    void aPrivateKeyBlockIsMaskedAcrossLinesAndItsMarkersKept() {
        String text = "before\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE\nAAAA\n"
                + "-----END OPENSSH PRIVATE KEY-----\nafter\n";
        assertThat(SecretMasker.maskText(text)).isEqualTo("before\n-----BEGIN OPENSSH PRIVATE KEY-----\n[REDACTED]\n"
                + "[REDACTED]\n-----END OPENSSH PRIVATE KEY-----\nafter\n");
        assertThat(SecretMasker.maskText("{\"key\":\"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n\"}"))
                .isEqualTo("{\"key\":\"-----BEGIN PRIVATE KEY-----[REDACTED]-----END PRIVATE KEY-----\\n\"}");
    }

    @Test
    void streamingGivesTheSameResultHoweverTheBytesArriveAndKeepsBinaryIntact() throws Exception {
        StringBuilder text = new StringBuilder();
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> "GET /x?token=t" + i + "&a=b\n";
                case 1 -> "Authorization: Bearer abcdefgh" + i + "\r\n";
                case 2 -> "caf\u00e9 \u6771\u4eac plain line " + i + "\n";
                default -> "-----BEGIN RSA PRIVATE KEY-----\nMIIE" + i + "\n-----END RSA PRIVATE KEY-----\n";
            });
        }
        byte[] input = (text + "\u0000\u00ff binary tail without newline").getBytes(StandardCharsets.UTF_8);
        byte[] whole = mask(input, input.length);
        for (int slice : new int[] {1, 7, 4096}) {
            assertThat(mask(input, slice)).isEqualTo(whole);
        }
        String expected = SecretMasker.maskText(new String(input, StandardCharsets.ISO_8859_1));
        assertThat(whole).isEqualTo(expected.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new String(whole, StandardCharsets.UTF_8)).contains("caf\u00e9 \u6771\u4eac plain line")
                .doesNotContain("token=t1").doesNotContain("MIIE");
    }

    /** A long run of word characters (base64, hex dumps) once took minutes through backtracking; it must stay linear. */
    @Test
    @Timeout(10)
    void aLineLongerThanTheCapIsCutAtABlankSoTheSecretAfterItIsStillSeen() throws Exception {
        String filler = "x".repeat(RedactingOutputStream.MAX_LINE - 10) + " ";
        byte[] input = (filler + "password=hunter2 done\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(new String(mask(input, 1000), StandardCharsets.US_ASCII)).isEqualTo(filler + "password=[REDACTED] done\n");
    }

    private static byte[] mask(byte[] input, int slice) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RedactingOutputStream redacting = new RedactingOutputStream(out)) {
            for (int offset = 0; offset < input.length; offset += slice) {
                redacting.write(input, offset, Math.min(slice, input.length - offset));
            }
        }
        return out.toByteArray();
    }
}
