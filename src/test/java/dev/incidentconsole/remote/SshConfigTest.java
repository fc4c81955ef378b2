package dev.incidentconsole.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.HostTarget.HostKeyChecking;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ssh_config as {@code ssh -G} resolves it, for the keywords a responder's connection needs. */
class SshConfigTest {

    @TempDir
    Path home;

    private LocalAccount account;
    private Path config;

    @BeforeEach
    void setUp() {
        account = new LocalAccount("alice", home);
        config = home.resolve(".ssh/config");
    }

    private Path write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private SshConfig read(String... lines) throws IOException {
        return new SshConfigReader(account).read(write(config, lines));
    }

    private List<String> warnings(SshConfig sshConfig) {
        return sshConfig.warnings().stream().map(ConfigWarning::format).toList();
    }

    @Test
    void aNameNoBlockMatchesGetsTheDefaults() {
        HostTarget target = new SshConfigReader(account).readDefault().resolve("db1.example.org");

        assertThat(target.alias()).isEqualTo("db1.example.org");
        assertThat(target.hostName()).isEqualTo("db1.example.org");
        assertThat(target.user()).isEqualTo("alice");
        assertThat(target.port()).isEqualTo(22);
        assertThat(target.identityFiles()).containsExactly(home.resolve(".ssh/id_ed25519"),
                home.resolve(".ssh/id_ecdsa"), home.resolve(".ssh/id_rsa"));
        assertThat(target.userKnownHostsFiles()).containsExactly(home.resolve(".ssh/known_hosts"),
                home.resolve(".ssh/known_hosts2"));
        assertThat(target.proxyJump()).isEmpty();
        assertThat(target.hostKeyChecking()).isEqualTo(HostKeyChecking.ASK);
        assertThat(target.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(target.serverAliveInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(target.serverAliveCountMax()).isEqualTo(3);
    }

    @Test
    void hostPatternsMatchWithStarQuestionMarkAndSeveralPerLine() throws IOException {
        SshConfig sshConfig = read(
                "Host web? api-*",
                "  User deploy",
                "Host db1 db2",
                "  User dba");

        assertThat(sshConfig.resolve("web1").user()).isEqualTo("deploy");
        assertThat(sshConfig.resolve("web12").user()).isEqualTo("alice");
        assertThat(sshConfig.resolve("api-eu-1").user()).isEqualTo("deploy");
        assertThat(sshConfig.resolve("db2").user()).isEqualTo("dba");
        assertThat(sshConfig.resolve("DB2").user()).as("Host matching is case-sensitive, as in OpenSSH").isEqualTo("alice");
    }

    @Test
    void aNegatedPatternExcludesTheHostWhateverElseMatches() throws IOException {
        SshConfig sshConfig = read(
                "Host *.prod !bastion.prod",
                "  ProxyJump bastion.prod",
                "Host !anything",
                "  User never");

        assertThat(sshConfig.resolve("mcp-1.prod").proxyJump()).containsExactly("bastion.prod");
        assertThat(sshConfig.resolve("bastion.prod").proxyJump()).isEmpty();
        assertThat(sshConfig.resolve("other").user()).as("a line of negations alone matches nothing").isEqualTo("alice");
    }

    @Test
    void theFirstValueObtainedWinsButIdentityFilesAccumulate() throws IOException {
        SshConfig sshConfig = read(
                "Host mcp-1",
                "  Port 2201",
                "  IdentityFile ~/.ssh/mcp_key",
                "Host *",
                "  Port 2222",
                "  User ops",
                "  IdentityFile ~/.ssh/common_key",
                "  IdentityFile ~/.ssh/mcp_key");

        HostTarget target = sshConfig.resolve("mcp-1");

        assertThat(target.port()).isEqualTo(2201);
        assertThat(target.user()).isEqualTo("ops");
        assertThat(target.identityFiles()).containsExactly(home.resolve(".ssh/mcp_key"), home.resolve(".ssh/common_key"));
    }

    @Test
    void optionsBeforeTheFirstHostApplyToEveryHost() throws IOException {
        SshConfig sshConfig = read("User everyone", "Host mcp-1", "  User ops");

        assertThat(sshConfig.resolve("mcp-1").user()).isEqualTo("everyone");
    }

    @Test
    void keywordsAreCaseInsensitiveAndKeyEqualsValueAndQuotesWork() throws IOException {
        SshConfig sshConfig = read(
                "# a comment",
                "HOST mcp-1   # trailing comment",
                "  hostname=10.0.0.5",
                "  PORT = 2200",
                "  User=\"ops team\"",
                "  identityFile \"~/keys/my key\"",
                "  IdentityFile '/opt/keys/other key'",
                "",
                "\tUserKnownHostsFile ~/.ssh/kh1 \"/etc/ssh/kh two\"");

        HostTarget target = sshConfig.resolve("mcp-1");

        assertThat(target.hostName()).isEqualTo("10.0.0.5");
        assertThat(target.port()).isEqualTo(2200);
        assertThat(target.user()).isEqualTo("ops team");
        assertThat(target.identityFiles()).containsExactly(home.resolve("keys/my key"), Path.of("/opt/keys/other key"));
        assertThat(target.userKnownHostsFiles()).containsExactly(home.resolve(".ssh/kh1"), Path.of("/etc/ssh/kh two"));
        assertThat(sshConfig.warnings()).isEmpty();
    }

    @Test
    void tokensAreExpandedWithTheResolvedValues() throws IOException {
        SshConfig sshConfig = read(
                "Host mcp-*",
                "  HostName %h.internal.example",
                "  User ops",
                "  IdentityFile %d/keys/%u-%r@%h",
                "  IdentityFile ~/.ssh/100%%",
                "  UserKnownHostsFile ~/.ssh/known_%h");

        HostTarget target = sshConfig.resolve("mcp-1");

        assertThat(target.hostName()).isEqualTo("mcp-1.internal.example");
        assertThat(target.identityFiles()).containsExactly(home.resolve("keys/alice-ops@mcp-1.internal.example"),
                home.resolve(".ssh/100%"));
        assertThat(target.userKnownHostsFiles()).containsExactly(home.resolve(".ssh/known_mcp-1.internal.example"));
    }

    @Test
    void theNameDialledIsLowerCasedAsSshDoes() throws IOException {
        SshConfig sshConfig = read("Host a", "  HostName MyServer.EXAMPLE", "Host b", "  HostName %h.Corp");

        assertThat(sshConfig.resolve("a").hostName()).isEqualTo("myserver.example");
        assertThat(sshConfig.resolve("b").hostName()).isEqualTo("b.corp");
        assertThat(sshConfig.resolve("WEB1").hostName()).isEqualTo("web1");
        assertThat(sshConfig.resolve("WEB1").alias()).isEqualTo("WEB1");
    }

    @Test
    void unsupportedTokensAreWarnedAboutAndLeftAsWritten() throws IOException {
        SshConfig sshConfig = read("Host a", "  HostName %r.example", "  IdentityFile ~/.ssh/%C");

        assertThat(sshConfig.resolve("a").hostName()).isEqualTo("%r.example");
        assertThat(warnings(sshConfig)).containsExactly(
                config + ":2: HostName: token %r is not supported and is left as written",
                config + ":3: IdentityFile: token %C is not supported and is left as written");
    }

    @Test
    void strictHostKeyCheckingMapsToThePolicyAndNoStillAsks() throws IOException {
        SshConfig sshConfig = read(
                "Host strict", "  StrictHostKeyChecking yes",
                "Host ask", "  StrictHostKeyChecking ask",
                "Host new", "  StrictHostKeyChecking accept-new",
                "Host lax", "  StrictHostKeyChecking no",
                "Host off", "  StrictHostKeyChecking off",
                "Host odd", "  StrictHostKeyChecking maybe",
                "Host *", "  StrictHostKeyChecking yes");

        assertThat(sshConfig.resolve("strict").hostKeyChecking()).isEqualTo(HostKeyChecking.STRICT);
        assertThat(sshConfig.resolve("ask").hostKeyChecking()).isEqualTo(HostKeyChecking.ASK);
        assertThat(sshConfig.resolve("new").hostKeyChecking()).isEqualTo(HostKeyChecking.ACCEPT_NEW);
        assertThat(sshConfig.resolve("lax").hostKeyChecking()).isEqualTo(HostKeyChecking.ASK);
        assertThat(sshConfig.resolve("off").hostKeyChecking()).isEqualTo(HostKeyChecking.ASK);
        assertThat(sshConfig.resolve("odd").hostKeyChecking()).as("a bad value is not obtained").isEqualTo(HostKeyChecking.STRICT);
        assertThat(warnings(sshConfig)).containsExactly(
                config + ":8: StrictHostKeyChecking no is not honoured: unknown host keys still need the responder's approval (ask)",
                config + ":10: StrictHostKeyChecking off is not honoured: unknown host keys still need the responder's approval (ask)",
                config + ":12: bad StrictHostKeyChecking 'maybe': expected yes, ask, accept-new or no; line ignored");
    }

    @Test
    void proxyJumpTakesACommaListAndNoneStopsLaterJumps() throws IOException {
        SshConfig sshConfig = read(
                "Host bastion", "  ProxyJump none",
                "Host deep", "  ProxyJump ops@jump1:2222,jump2",
                "Host *", "  ProxyJump bastion");

        assertThat(sshConfig.resolve("deep").proxyJump()).containsExactly("ops@jump1:2222", "jump2");
        assertThat(sshConfig.resolve("bastion").proxyJump()).isEmpty();
        assertThat(sshConfig.resolve("mcp-1").proxyJump()).containsExactly("bastion");
    }

    @Test
    void badValuesAreWarningsWithFileAndLineAndDoNotCountAsObtained() throws IOException {
        SshConfig sshConfig = read(
                "Host mcp-1",
                "  Port 70000",
                "  Port twenty",
                "  ConnectTimeout soon",
                "  ServerAliveCountMax -1",
                "  User",
                "  IdentityFile a b",
                "  HostName \"unterminated",
                "Host *",
                "  Port 2222");

        assertThat(sshConfig.resolve("mcp-1").port()).isEqualTo(2222);
        assertThat(warnings(sshConfig)).containsExactly(
                config + ":2: bad Port '70000': must be a number from 1 to 65535; line ignored",
                config + ":3: bad Port 'twenty': must be a number from 1 to 65535; line ignored",
                config + ":4: bad ConnectTimeout 'soon': expected seconds, or a time such as 1m30s; line ignored",
                config + ":5: bad ServerAliveCountMax '-1': expected a whole number; line ignored",
                config + ":6: User: missing argument",
                config + ":7: IdentityFile: expected one argument, found 2 (quote values with blanks); line ignored",
                config + ":8: unterminated double quote; line ignored");
    }

    @Test
    void timesAreSecondsOrOpenSshTimeFormat() throws IOException {
        SshConfig sshConfig = read("Host a", "  ConnectTimeout 5", "  ServerAliveInterval 1m30s", "  ServerAliveCountMax 6");

        HostTarget target = sshConfig.resolve("a");

        assertThat(target.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(target.serverAliveInterval()).isEqualTo(Duration.ofSeconds(90));
        assertThat(target.serverAliveCountMax()).isEqualTo(6);
    }

    @Test
    void unknownKeywordsAreIgnoredQuietly() throws IOException {
        SshConfig sshConfig = read("Host a", "  ForwardAgent yes", "  Compression yes", "  User ops");

        assertThat(sshConfig.resolve("a").user()).isEqualTo("ops");
        assertThat(sshConfig.warnings()).isEmpty();
    }

    @Test
    void matchBlocksAreSkippedWithAWarningButMatchAllApplies() throws IOException {
        SshConfig sshConfig = read(
                "Match host *.prod exec \"true\"",
                "  User skipped",
                "Host a",
                "  Port 2200",
                "Match all",
                "  User everyone");

        assertThat(sshConfig.resolve("x.prod").user()).isEqualTo("everyone");
        assertThat(sshConfig.resolve("a").port()).isEqualTo(2200);
        assertThat(warnings(sshConfig)).containsExactly(config + ":1: Match blocks are not supported (only 'Match all');"
                + " the options up to the next Host or Match line are ignored");
    }

    @Test
    void includeResolvesRelativePathsAgainstDotSshAndExpandsGlobsInOrder() throws IOException {
        write(home.resolve(".ssh/config.d/20-web.conf"), "Host web", "  User web-b", "  IdentityFile ~/.ssh/web_b");
        write(home.resolve(".ssh/config.d/10-web.conf"), "Host web", "  User web-a", "  IdentityFile ~/.ssh/web_a");
        write(home.resolve(".ssh/config.d/.hidden.conf"), "Host web", "  User hidden");
        write(home.resolve(".ssh/config.d/notes.txt"), "Host web", "  User notes");
        SshConfig sshConfig = read("Include config.d/*.conf ~/.ssh/missing.conf", "Host *", "  User fallback");

        HostTarget target = sshConfig.resolve("web");

        assertThat(target.user()).isEqualTo("web-a");
        assertThat(target.identityFiles()).containsExactly(home.resolve(".ssh/web_a"), home.resolve(".ssh/web_b"));
        assertThat(sshConfig.concreteHostNames()).containsExactly("web");
        assertThat(sshConfig.warnings()).as("a missing include is ignored").isEmpty();
    }

    @Test
    void includeGlobsMayStandInDirectoriesAndAbsolutePaths() throws IOException {
        write(home.resolve("etc/team-a/hosts.conf"), "Host a", "  User from-a");
        write(home.resolve("etc/team-b/hosts.conf"), "Host b", "  User from-b");
        SshConfig sshConfig = read("Include " + home.resolve("etc") + "/team-?/*.conf");

        assertThat(sshConfig.resolve("a").user()).isEqualTo("from-a");
        assertThat(sshConfig.resolve("b").user()).isEqualTo("from-b");
    }

    @Test
    void anIncludedFileCannotChangeTheIncludersBlockAndInheritsItsState() throws IOException {
        write(home.resolve(".ssh/inner"), "Port 2200", "Host other", "  User inner-other");
        SshConfig sshConfig = read(
                "Host a",
                "  Include inner",
                "  User a-user",
                "Host b",
                "  User b-user");

        assertThat(sshConfig.resolve("a").port()).isEqualTo(2200);
        assertThat(sshConfig.resolve("a").user()).as("lines after the Include still belong to Host a").isEqualTo("a-user");
        assertThat(sshConfig.resolve("b").port()).isEqualTo(22);
        assertThat(sshConfig.resolve("other").user())
                .as("an include read from a block that does not apply never matches").isEqualTo("alice");
    }

    @Test
    void anIncludeLoopIsReportedAndReadingStops() throws IOException {
        write(home.resolve(".ssh/a.conf"), "Include b.conf", "Host a", "  User from-a");
        write(home.resolve(".ssh/b.conf"), "Include a.conf", "Host b", "  User from-b");
        SshConfig sshConfig = read("Include a.conf");

        assertThat(sshConfig.resolve("a").user()).isEqualTo("from-a");
        assertThat(sshConfig.resolve("b").user()).isEqualTo("from-b");
        assertThat(warnings(sshConfig)).containsExactly(home.resolve(".ssh/b.conf") + ":1: Include "
                + home.resolve(".ssh/a.conf") + " would include itself again (a loop); skipped");
    }

    @Test
    void includesNestedTooDeeplyStopAtTheLimit() throws IOException {
        for (int i = 0; i < 20; i++) {
            write(home.resolve(".ssh/level" + i), "Include level" + (i + 1));
        }
        SshConfig sshConfig = read("Include level0");

        assertThat(sshConfig.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("nested more than 16 levels deep");
            assertThat(w.file()).isEqualTo(home.resolve(".ssh/level15"));
        });
    }

    @Test
    void anUnreadableIncludeIsAWarning() throws IOException {
        Files.createDirectories(home.resolve(".ssh/adir"));
        SshConfig sshConfig = read("Include adir");

        assertThat(warnings(sshConfig)).containsExactly(config + ":1: Include " + home.resolve(".ssh/adir")
                + " cannot be read: is a directory");
    }

    @Test
    void aMissingConfigFileIsAnEmptyConfig() {
        SshConfig sshConfig = new SshConfigReader(account).read(home.resolve("nowhere"));

        assertThat(sshConfig.warnings()).isEmpty();
        assertThat(sshConfig.concreteHostNames()).isEmpty();
    }

    @Test
    void concreteHostNamesLeaveOutPatternsAndNegations() throws IOException {
        SshConfig sshConfig = read("Host mcp-2 mcp-1 web-* !bastion", "Host ?x", "Host *", "Host db");

        assertThat(sshConfig.concreteHostNames()).containsExactly("db", "mcp-1", "mcp-2");
    }

    @Test
    void userKnownHostsFileNoneMeansNoFile() throws IOException {
        SshConfig sshConfig = read("Host a", "  UserKnownHostsFile none");

        assertThat(sshConfig.resolve("a").userKnownHostsFiles()).isEmpty();
    }
}
