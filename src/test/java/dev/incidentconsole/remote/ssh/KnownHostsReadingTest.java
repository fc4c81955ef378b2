package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.ssh.HostKeyLookup.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import net.schmizz.sshj.common.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How known_hosts files are read: OpenSSH's own output, and what is done with lines that are wrong. */
class KnownHostsReadingTest {

    private final PublicKey key = TestKeys.ecdsa256();
    private final PublicKey otherKey = TestKeys.ecdsa256();

    @TempDir
    Path dir;

    @Test
    void aNegatedPatternAloneMatchesNothing() {
        KnownHosts known = KnownHosts.parse("kh", TestKeys.line("!mcp-1", key));

        assertThat(known.size()).isZero();
        assertThat(known.warnings()).singleElement().asString().startsWith("kh:1: ");
    }

    @Test
    void malformedHashedEntriesAreWarnedAbout() {
        String keyText = " " + HostKeyFingerprint.knownHostsKeyText(key);
        KnownHosts known = KnownHosts.parse("kh", String.join("\n",
                "|1|not*base64|AAAA" + keyText,
                "|1|" + Base64.getEncoder().encodeToString(new byte[5]) + "|"
                        + Base64.getEncoder().encodeToString(new byte[20]) + keyText,
                "|2|abc|def" + keyText,
                "|1|onlysalt" + keyText));

        assertThat(known.size()).isZero();
        assertThat(known.warnings()).hasSize(4);
        assertThat(known.warnings().get(0)).startsWith("kh:1: ").contains("salt is not base64");
        assertThat(known.warnings().get(1)).startsWith("kh:2: ").contains("5 bytes");
        assertThat(known.warnings().get(2)).startsWith("kh:3: ").contains("unsupported hashed host name");
        assertThat(known.warnings().get(3)).startsWith("kh:4: ");
    }

    @Test
    void certAuthorityLinesAreIgnoredWithANote() {
        KnownHosts known = KnownHosts.parse("kh", "@cert-authority *.example.org " + TestKeys.ed25519Text());

        assertThat(known.size()).isZero();
        assertThat(known.warnings()).isEmpty();
        assertThat(known.notes()).singleElement().asString().startsWith("kh:1: @cert-authority");
        assertThat(known.lookup("mcp-1.example.org", key).result()).isEqualTo(Result.UNKNOWN);
    }

    @Test
    void commentsBlankLinesTrailingCommentsAndCrLfAreFine() {
        KnownHosts known = KnownHosts.parse("kh", String.join("\r\n",
                "# written by hand",
                "",
                "   ",
                "   # indented comment",
                TestKeys.line("mcp-1", key) + " root@mcp-1 added 2024",
                "\t" + "mcp-2\t" + TestKeys.ed25519Text()));

        assertThat(known.warnings()).isEmpty();
        assertThat(known.notes()).isEmpty();
        assertThat(known.size()).isEqualTo(2);
        assertThat(known.lookup("mcp-1", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.keyTypesFor("mcp-2")).containsExactly("ssh-ed25519");
    }

    @Test
    void malformedLinesAreSkippedAndReportedWithFileAndLine() {
        String ecText = HostKeyFingerprint.knownHostsKeyText(key);
        String ecBase64 = ecText.substring(ecText.indexOf(' ') + 1);
        byte[] blob = Base64.getDecoder().decode(ecBase64);
        String truncated = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(blob, blob.length - 10));
        String trailing = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(blob, blob.length + 4));
        KnownHosts known = KnownHosts.parse("/home/r/.ssh/known_hosts", String.join("\n",
                TestKeys.line("good", key),
                "mcp-1",
                "mcp-1 ecdsa-sha2-nistp256",
                "mcp-1 ecdsa-sha2-nistp256 %%%not-base64%%%",
                "mcp-1 ssh-rsa " + ecBase64,
                "mcp-1 ecdsa-sha2-nistp256 " + truncated,
                "mcp-1 ecdsa-sha2-nistp256 " + trailing,
                "mcp-1 ssh-foo AAAA",
                "@marker mcp-1 " + ecText,
                "@revoked mcp-1"));

        assertThat(known.size()).isEqualTo(1);
        assertThat(known.warnings()).hasSize(9);
        for (int i = 0; i < 9; i++) {
            assertThat(known.warnings().get(i)).startsWith("/home/r/.ssh/known_hosts:" + (i + 2) + ": ");
        }
        assertThat(known.warnings().get(3)).contains("says ssh-rsa but the key is 'ecdsa-sha2-nistp256'");
        assertThat(known.warnings().get(6)).contains("unknown key type 'ssh-foo'");
        assertThat(known.warnings().get(7)).contains("unknown marker @marker");
        assertThat(known.lookup("good", key).result()).isEqualTo(Result.MATCH);
    }

    @Test
    void unsupportedButValidKeyTypesAreNotedNotWarned() {
        KnownHosts known = KnownHosts.parse("kh", String.join("\n",
                "mcp-1 ssh-dss AAAAB3NzaC1kc3M=",
                "mcp-1 sk-ssh-ed25519@openssh.com AAAA",
                "mcp-1 1024 35 12345678901234567890",
                "@revoked mcp-1 ssh-dss AAAAB3NzaC1kc3M="));

        assertThat(known.notes()).hasSize(3);
        // A revocation that cannot be evaluated must be visible.
        assertThat(known.warnings()).singleElement().asString().startsWith("kh:4: ");
    }

    @Test
    void readsSeveralFilesAndToleratesMissingOnes() throws Exception {
        Path user = dir.resolve("known_hosts");
        Path app = dir.resolve("app").resolve("known_hosts");
        Files.createDirectories(app.getParent());
        Files.writeString(user, TestKeys.line("mcp-1", key) + "\n");
        Files.writeString(app, TestKeys.line("mcp-2", otherKey) + "\nbroken line\n");

        KnownHosts known = KnownHosts.read(List.of(dir.resolve("known_hosts2"), user, app));

        assertThat(known.lookup("mcp-1", key).keys()).singleElement().extracting(KnownHostKey::location)
                .isEqualTo(user + ":1");
        assertThat(known.lookup("mcp-2", otherKey).keys()).singleElement().extracting(KnownHostKey::location)
                .isEqualTo(app + ":1");
        assertThat(known.warnings()).singleElement().asString().startsWith(app + ":2: ");
    }

    @Test
    void everySupportedKeyTypeIsReadAsOpenSshWritesItWithOpenSshsFingerprint() throws Exception {
        SshKeygen.assumeAvailable();
        String[][] types = {{"ed25519", "0"}, {"ecdsa", "256"}, {"ecdsa", "384"}, {"ecdsa", "521"}, {"rsa", "3072"}};
        for (String[] type : types) {
            String pub = SshKeygen.generate(dir, type[0], Integer.parseInt(type[1]));
            Path file = dir.resolve("kh-" + type[0] + type[1]);
            Files.writeString(file, "mcp-1 " + pub + "\n");

            KnownHosts known = KnownHosts.read(List.of(file));

            assertThat(known.warnings()).as(pub).isEmpty();
            String keyType = pub.split(" ")[0];
            PublicKey parsed = new Buffer.PlainBuffer(Base64.getDecoder().decode(pub.split(" ")[1])).readPublicKey();
            String openSshFingerprint = SshKeygen.fingerprint(file);
            HostKeyLookup lookup = known.lookup("mcp-1", parsed);
            assertThat(lookup.result()).as(keyType).isEqualTo(Result.MATCH);
            assertThat(lookup.keys()).singleElement().satisfies(found -> {
                assertThat(found.keyType()).isEqualTo(keyType);
                assertThat(found.fingerprint()).isEqualTo(openSshFingerprint);
            });
            assertThat(HostKeyFingerprint.of(parsed)).isEqualTo(openSshFingerprint);
        }
    }
}
