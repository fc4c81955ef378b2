package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.ssh.HostKeyLookup.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which known_hosts lines apply to a host, and what they say about the key it presented. */
class KnownHostsLookupTest {

    private final PublicKey key = TestKeys.ecdsa256();
    private final PublicKey otherKey = TestKeys.ecdsa256();

    @TempDir
    Path dir;

    @Test
    void plainNameMatchesOnlyOnTheDefaultPortAndIgnoresCase() {
        KnownHosts known = KnownHosts.parse("kh", TestKeys.line("mcp-1.example.org", key));

        assertThat(known.lookup("mcp-1.example.org", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("MCP-1.Example.org", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("[mcp-1.example.org]:2222", key).result()).isEqualTo(Result.UNKNOWN);
        assertThat(known.lookup("mcp-2.example.org", key).result()).isEqualTo(Result.UNKNOWN);
        assertThat(known.warnings()).isEmpty();
    }

    @Test
    void commaSeparatedHostListMatchesEachName() {
        KnownHosts known = KnownHosts.parse("kh", TestKeys.line("mcp-1,10.0.0.5,[10.0.0.5]:2222", key));

        assertThat(known.lookup("mcp-1", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("10.0.0.5", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("[10.0.0.5]:2222", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("10.0.0.50", key).result()).isEqualTo(Result.UNKNOWN);
    }

    @Test
    void bracketedHostWithPortMatchesOnlyThatPort() {
        KnownHosts known = KnownHosts.parse("kh", TestKeys.line("[10.0.0.5]:2222", key));

        assertThat(known.lookup("[10.0.0.5]:2222", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("10.0.0.5", key).result()).isEqualTo(Result.UNKNOWN);
        assertThat(known.lookup("[10.0.0.5]:22", key).result()).isEqualTo(Result.UNKNOWN);
        assertThat(known.lookup("[10.0.0.5]:22220", key).result()).isEqualTo(Result.UNKNOWN);
    }

    @Test
    void wildcardsMatchAndNegationExcludes() {
        KnownHosts known = KnownHosts.parse("kh", String.join("\n",
                TestKeys.line("*.prod.example.org,!bastion.prod.example.org", key),
                TestKeys.line("10.0.0.?", key),
                TestKeys.line("[10.1.*]:2222", key)));

        assertThat(known.lookup("mcp-1.prod.example.org", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("a.b.prod.example.org", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("bastion.prod.example.org", key).result()).isEqualTo(Result.UNKNOWN);
        assertThat(known.lookup("prod.example.org", key).result()).isEqualTo(Result.UNKNOWN);
        assertThat(known.lookup("10.0.0.7", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("10.0.0.17", key).result()).isEqualTo(Result.UNKNOWN);
        assertThat(known.lookup("[10.1.2.3]:2222", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("10.1.2.3", key).result()).isEqualTo(Result.UNKNOWN);
    }

    @Test
    void hashedEntryMatchesTheNameItWasHashedFrom() throws Exception {
        String hashed = hashedHost("[10.0.0.5]:2222");
        KnownHosts known = KnownHosts.parse("kh", hashed + " " + HostKeyFingerprint.knownHostsKeyText(key));

        assertThat(known.lookup("[10.0.0.5]:2222", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("10.0.0.5", key).result()).isEqualTo(Result.UNKNOWN);
        assertThat(known.lookup("[10.0.0.5]:2222", otherKey).result()).isEqualTo(Result.MISMATCH);
        assertThat(known.warnings()).isEmpty();
    }

    @Test
    void hashedEntryWrittenBySshKeygenIsRead() throws Exception {
        SshKeygen.assumeAvailable();
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, TestKeys.line("mcp-1.example.org", key) + "\n"
                + TestKeys.line("[10.0.0.5]:2222", otherKey) + "\n");

        SshKeygen.run("-H", "-f", file.toString());
        String hashedText = Files.readString(file);

        assertThat(hashedText).doesNotContain("mcp-1").doesNotContain("10.0.0.5").startsWith("|1|");
        KnownHosts known = KnownHosts.read(List.of(file));
        assertThat(known.warnings()).isEmpty();
        assertThat(known.lookup("mcp-1.example.org", key).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("[10.0.0.5]:2222", otherKey).result()).isEqualTo(Result.MATCH);
        assertThat(known.lookup("[10.0.0.5]:2222", key).result()).isEqualTo(Result.MISMATCH);
    }

    @Test
    void revokedKeyIsRefusedEvenWhenAlsoListed() {
        KnownHosts known = KnownHosts.parse("kh", String.join("\n",
                TestKeys.line("mcp-1", key),
                "@revoked " + TestKeys.line("mcp-1", key)));

        HostKeyLookup lookup = known.lookup("mcp-1", key);

        assertThat(lookup.result()).isEqualTo(Result.REVOKED);
        assertThat(lookup.keys()).singleElement().extracting(KnownHostKey::location).isEqualTo("kh:2");
    }

    @Test
    void revokedKeyIsRefusedWhateverHostItIsRevokedFor() {
        KnownHosts known = KnownHosts.parse("kh", String.join("\n",
                TestKeys.line("mcp-1", key),
                "@revoked " + TestKeys.line("some-other-host", key)));

        assertThat(known.lookup("mcp-1", key).result()).isEqualTo(Result.REVOKED);
        assertThat(known.lookup("mcp-1", otherKey).result()).isEqualTo(Result.MISMATCH);
        assertThat(known.keyTypesFor("some-other-host")).isEmpty();
    }

    @Test
    void aDifferentKeyForAKnownHostIsAMismatchNamingEveryKnownKey() {
        PublicKey rsa = TestKeys.rsa();
        KnownHosts known = KnownHosts.parse("kh", String.join("\n",
                TestKeys.line("mcp-1", key),
                TestKeys.line("mcp-1", rsa),
                TestKeys.line("mcp-2", otherKey)));

        HostKeyLookup lookup = known.lookup("mcp-1", otherKey);

        assertThat(lookup.result()).isEqualTo(Result.MISMATCH);
        assertThat(lookup.fingerprints()).containsExactly(HostKeyFingerprint.of(key), HostKeyFingerprint.of(rsa));
        assertThat(lookup.keys()).extracting(KnownHostKey::location).containsExactly("kh:1", "kh:2");
        assertThat(known.keyTypesFor("mcp-1")).containsExactly("ecdsa-sha2-nistp256", "ssh-rsa");
    }

    /** {@code |1|salt|hash} built from the hashed-hosts description, independently of the code under test. */
    private static String hashedHost(String name) throws Exception {
        byte[] salt = new byte[20];
        new SecureRandom().nextBytes(salt);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(salt, "HmacSHA1"));
        byte[] hash = mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
        return "|1|" + Base64.getEncoder().encodeToString(salt) + "|" + Base64.getEncoder().encodeToString(hash);
    }
}
