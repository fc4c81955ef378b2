package dev.incidentconsole.bundle.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** allowed_signers as an analyst writes it: every trust case is also put to ssh-keygen, which must agree. */
class AllowedSignersTest {

    private static final String ALICE = "alice@example.org";
    private static final String NS = BundleSigner.NAMESPACE;

    @TempDir
    static Path dir;
    private static String aliceKey;
    private static String otherKey;
    private static Path message;
    private static Path bundleSignature;

    @BeforeAll
    static void keysAndSignature() throws Exception {
        Path alice = OpenSshKeygen.generate(dir, "alice", "ed25519", "");
        Path other = OpenSshKeygen.generate(dir, "other", "ecdsa", "");
        aliceKey = OpenSshKeygen.publicKeyLine(Path.of(alice + ".pub"));
        otherKey = OpenSshKeygen.publicKeyLine(Path.of(other + ".pub"));
        message = Files.writeString(dir.resolve("SHA256SUMS"), "abc  report.md\n");
        bundleSignature = Files.writeString(dir.resolve("SHA256SUMS.sig"), OpenSshKeygen.sign(alice, NS, message));
    }

    /** A security-key line that OpenSSH reads but we do not verify with. */
    private static String skKeyLine() {
        byte[] blob = new WireWriter().text("sk-ssh-ed25519@openssh.com").bytes(new byte[32]).text("ssh:").toByteArray();
        return "sk-ssh-ed25519@openssh.com " + Base64.getEncoder().encodeToString(blob);
    }

    static Stream<Arguments> cases() {
        String k = "%KEY%";
        return Stream.of(
                Arguments.of("exact principal and key", ALICE + " " + k, ALICE, true),
                Arguments.of("another key", ALICE + " %OTHER%", ALICE, false),
                Arguments.of("another principal", "bob@example.org " + k, ALICE, false),
                Arguments.of("comments, blanks, key comment", "# analysts' keys\n\n   # indented\n" + ALICE + " " + k + " laptop key\n", ALICE, true),
                Arguments.of("star pattern", "*@example.org " + k, ALICE, true),
                Arguments.of("question mark pattern", "alice?example.org " + k, ALICE, true),
                Arguments.of("pattern is case-sensitive", "ALICE@example.org " + k, ALICE, false),
                Arguments.of("comma list", "bob@example.org,alice@example.org " + k, ALICE, true),
                Arguments.of("negation vetoes", "*@example.org,!alice@example.org " + k, ALICE, false),
                Arguments.of("negation of someone else", "!mallory@example.org,*@example.org " + k, ALICE, true),
                Arguments.of("our namespace", ALICE + " namespaces=\"" + NS + "\" " + k, ALICE, true),
                Arguments.of("other namespace only", ALICE + " namespaces=\"git\" " + k, ALICE, false),
                Arguments.of("namespace list with pattern", ALICE + " namespaces=\"git,mcp-*\" " + k, ALICE, true),
                Arguments.of("namespace vetoed", ALICE + " namespaces=\"*,!" + NS + "\" " + k, ALICE, false),
                Arguments.of("quoted principal with blanks", "\"Alice Example\" namespaces=\"" + NS + "\" " + k, "Alice Example", true),
                Arguments.of("option names ignore case", ALICE + " NAMESPACES=\"" + NS + "\" " + k, ALICE, true),
                Arguments.of("valid since 2020", ALICE + " valid-after=\"20200101Z\" " + k, ALICE, true),
                Arguments.of("expired 2020", ALICE + " valid-before=\"202001011200Z\" " + k, ALICE, false),
                Arguments.of("not valid before 2999", ALICE + " valid-after=\"29990101000000Z\" " + k, ALICE, false),
                Arguments.of("window around now", ALICE + " valid-after=\"20200101\",valid-before=\"29991231\",namespaces=\"" + NS + "\" " + k,
                        ALICE, true),
                Arguments.of("cert-authority is not a plain key", ALICE + " cert-authority " + k, ALICE, false),
                Arguments.of("unknown option: line skipped", ALICE + " no-such-option " + k, ALICE, false),
                Arguments.of("a skipped line does not stop the next", ALICE + " no-such-option " + k + "\n" + ALICE + " " + k, ALICE, true),
                Arguments.of("unquoted option value: line skipped", ALICE + " namespaces=" + NS + " " + k, ALICE, false),
                Arguments.of("namespaces twice: line skipped", ALICE + " namespaces=\"a\",namespaces=\"b\" " + k, ALICE, false),
                Arguments.of("reversed window: line skipped", ALICE + " valid-after=\"20300101Z\",valid-before=\"20200101Z\" " + k, ALICE, false),
                Arguments.of("damaged key: line skipped", ALICE + " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", ALICE, false),
                Arguments.of("damaged key, then a good line", ALICE + " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI\n" + ALICE + " " + k, ALICE, true),
                Arguments.of("unsupported key type is skipped", ALICE + " %SK%\n" + ALICE + " " + k, ALICE, true),
                Arguments.of("unclosed quote: line skipped", "\"Alice Example " + k, "Alice Example", false),
                Arguments.of("unclosed quote, then a good line", "\"Alice Example " + k + "\n" + ALICE + " " + k, ALICE, true),
                Arguments.of("tab separated", ALICE + "\tnamespaces=\"" + NS + "\"\t" + k, ALICE, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void trustAgreesWithSshKeygen(String name, String template, String principal, boolean expected) throws Exception {
        String text = template.replace("%KEY%", aliceKey).replace("%OTHER%", otherKey).replace("%SK%", skKeyLine());
        Path file = Files.writeString(dir.resolve("allowed_signers"), text);

        assertThat(AllowedSigners.parse(text).trusts(principal, aliceKey, NS)).as("ours").isEqualTo(expected);
        OpenSshKeygen.Result openssh = OpenSshKeygen.verify(file, principal, NS, bundleSignature, message);
        assertThat(openssh.exitCode() == 0).as("ssh-keygen said: %s", openssh.output()).isEqualTo(expected);
    }

    @Test
    void theLineWeWriteIsTheOneSshKeygenExpects() {
        assertThat(AllowedSigners.lineFor(ALICE, aliceKey + " comment", NS))
                .isEqualTo(ALICE + " namespaces=\"mcp-incident-bundle\" " + aliceKey);
        assertThat(AllowedSigners.lineFor("Alice Example", aliceKey, NS))
                .isEqualTo("\"Alice Example\" namespaces=\"mcp-incident-bundle\" " + aliceKey);
        AllowedSigners parsed = AllowedSigners.parse(AllowedSigners.lineFor("Alice Example", aliceKey, NS));
        assertThat(parsed.trusts("Alice Example", aliceKey, NS)).isTrue();
        assertThat(parsed.trusts("Alice Example", aliceKey, "git")).isFalse();
        assertThat(parsed.notes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a,b", "*@example.org", "alice?", "\"alice\"", "#alice", "!alice", " alice", "alice\nbob", "a\u0000b"})
    void principalsThatWouldReadAsSyntaxAreRefused(String principal) {
        assertThatThrownBy(() -> AllowedSigners.lineFor(principal, aliceKey, NS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badKeysAndNamespacesAreRefusedWhenWriting() {
        assertThatThrownBy(() -> AllowedSigners.lineFor(ALICE, "ssh-ed25519 AAAA", NS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a public key line");
        assertThatThrownBy(() -> AllowedSigners.lineFor(ALICE, aliceKey, "a,b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllowedSigners.lineFor(ALICE, aliceKey, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyUnusedLineSaysWhy() {
        AllowedSigners signers = AllowedSigners.parse(String.join("\n",
                "# fine",
                ALICE + " " + aliceKey,
                ALICE + " cert-authority " + aliceKey,
                ALICE + " frobnicate " + aliceKey,
                ALICE + " " + skKeyLine(),
                ALICE + " valid-after=\"yesterday\" " + aliceKey,
                ALICE));

        assertThat(signers.notes()).containsExactly(
                "line 3: cert-authority lines are not checked (signatures by certificates are not supported); line ignored",
                "line 4: option frobnicate is unknown or its value is not in double quotes; line ignored",
                "line 5: key type sk-ssh-ed25519@openssh.com is not supported; line ignored",
                "line 6: valid-after is given twice or is not a time of the form YYYYMMDD[HHMM[SS]][Z]; line ignored",
                "line 7: there is no public key; line ignored");
        assertThat(signers.trusts(ALICE, aliceKey, NS)).isTrue();
    }

    @Test
    void timesWithoutZAreLocalTimes() {
        String text = ALICE + " valid-before=\"202406011200\" " + aliceKey;
        AllowedSigners berlin = AllowedSigners.parse(text, ZoneId.of("Europe/Berlin"));

        assertThat(berlin.trusts(ALICE, aliceKey, NS, Instant.parse("2024-06-01T09:59:59Z"))).isTrue();
        assertThat(berlin.trusts(ALICE, aliceKey, NS, Instant.parse("2024-06-01T10:00:01Z"))).isFalse();
        assertThat(AllowedSigners.parse(text, ZoneId.of("UTC")).trusts(ALICE, aliceKey, NS, Instant.parse("2024-06-01T10:00:01Z")))
                .isTrue();
    }

    @Test
    void principalsForAKeyAreListed() {
        AllowedSigners signers = AllowedSigners.parse(String.join("\n",
                ALICE + ",alice@ops.example.org " + aliceKey,
                "bob@example.org " + otherKey,
                "git-only@example.org namespaces=\"git\" " + aliceKey));

        assertThat(signers.principalsFor(aliceKey, NS, Instant.now())).containsExactly(ALICE, "alice@ops.example.org");
        assertThat(signers.principalsFor(aliceKey, "git", Instant.now()))
                .containsExactly(ALICE, "alice@ops.example.org", "git-only@example.org");
        assertThat(signers.principalsFor("not a key", NS, Instant.now())).isEmpty();
    }

    @Test
    void windowsLineEndingsAreRead() {
        assertThat(AllowedSigners.parse("# analysts\r\n" + ALICE + " " + aliceKey + "\r\n").trusts(ALICE, aliceKey, NS)).isTrue();
    }

    @Test
    void anUnreadableKeyIsNeverTrusted() {
        AllowedSigners signers = AllowedSigners.parse("* " + aliceKey);
        assertThat(signers.trusts(ALICE, "ssh-ed25519 !!!", NS)).isFalse();
        assertThat(signers.trusts(ALICE, "", NS)).isFalse();
        assertThat(signers.trusts(ALICE, null, NS)).isFalse();
        assertThat(signers.trusts(ALICE, otherKey, NS)).isFalse();
        assertThat(signers.trusts(ALICE, aliceKey, NS)).isTrue();
    }

    @Test
    void globsMatchTheWholeValue() {
        assertThat(SignerPatterns.matches("", "*")).isTrue();
        assertThat(SignerPatterns.matches("", "?")).isFalse();
        assertThat(SignerPatterns.matches("abcbc", "a*bc")).isTrue();
        assertThat(SignerPatterns.matches("abcbd", "a*bc")).isFalse();
        assertThat(SignerPatterns.matches("alice@example.org", "*@*.org")).isTrue();
        assertThat(SignerPatterns.matches("alice@example.org", "alice")).isFalse();
        assertThat(SignerPatterns.matches("a".repeat(5000), "*a*a*a*a*b")).isFalse();
        assertThat(SignerPatterns.matchList("x", "y,,z")).isEqualTo(SignerPatterns.NO_MATCH);
    }
}
