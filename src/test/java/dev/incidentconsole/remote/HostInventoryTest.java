package dev.incidentconsole.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The responder's ssh_config plus the app's saved hosts and groups. */
class HostInventoryTest {

    @TempDir
    Path home;

    private LocalAccount account;
    private Path sshConfig;
    private Path hostsJson;

    @BeforeEach
    void setUp() {
        account = new LocalAccount("alice", home);
        sshConfig = home.resolve(".ssh/config");
        hostsJson = home.resolve("config/hosts.json");
    }

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private HostInventory inventory() {
        return HostInventory.load(account, hostsJson);
    }

    @Test
    void savedHostsAndGroupsRoundTripThroughTheJsonFile() throws IOException {
        HostInventory inventory = inventory();
        inventory.saveHost(new SavedHost("mcp-1", "10.0.0.5", 22, "ops"));
        inventory.saveHost(new SavedHost("mcp-2", "10.0.0.6", 2222, null, List.of("bastion")));
        inventory.saveGroup("prod-mcp", List.of("mcp-1", "mcp-2", "mcp-1"));

        HostInventory reread = inventory();

        assertThat(reread.savedHost("mcp-1")).contains(new SavedHost("mcp-1", "10.0.0.5", 22, "ops"));
        assertThat(reread.savedHost("mcp-2")).contains(new SavedHost("mcp-2", "10.0.0.6", 2222, null, List.of("bastion")));
        assertThat(reread.groups()).isEqualTo(Map.of("prod-mcp", List.of("mcp-1", "mcp-2")));
        assertThat(reread.warnings()).isEmpty();
        assertThat(Files.readString(hostsJson)).contains("\"alias\" : \"mcp-1\"").doesNotContain("\"user\" : null");
        try (var files = Files.list(hostsJson.getParent())) {
            assertThat(files).as("no temporary file is left behind").containsExactly(hostsJson);
        }
    }

    @Test
    void theDocumentedJsonFormatIsRead() throws IOException {
        write(hostsJson, "{\"hosts\":[{\"alias\":\"mcp-1\",\"hostName\":\"10.0.0.5\",\"port\":22,\"user\":\"ops\"}],"
                + "\"groups\":{\"prod-mcp\":[\"mcp-1\",\"mcp-2\"]}}");

        HostInventory inventory = inventory();
        HostTarget target = inventory.resolve("mcp-1");

        assertThat(target.hostName()).isEqualTo("10.0.0.5");
        assertThat(target.user()).isEqualTo("ops");
        assertThat(inventory.aliases()).containsExactly("mcp-1");
        assertThat(inventory.groupsOf("mcp-2")).containsExactly("prod-mcp");
    }

    @Test
    void sshConfigWinsForWhatItSetsAndSavedHostsFillIn() throws IOException {
        write(sshConfig, "Host mcp-1\n  Port 2201\nHost *\n  ServerAliveInterval 30\n");
        write(hostsJson, "{\"hosts\":[{\"alias\":\"mcp-1\",\"hostName\":\"10.0.0.5\",\"port\":22,\"user\":\"ops\","
                + "\"proxyJump\":[\"bastion\"]}]}");

        HostTarget target = inventory().resolve("mcp-1");

        assertThat(target.port()).isEqualTo(2201);
        assertThat(target.hostName()).isEqualTo("10.0.0.5");
        assertThat(target.user()).isEqualTo("ops");
        assertThat(target.proxyJump()).containsExactly("bastion");
        assertThat(target.serverAliveInterval()).hasSeconds(30);
    }

    @Test
    void tokensInSshConfigSeeTheSavedHostName() throws IOException {
        write(sshConfig, "Host *\n  IdentityFile ~/.ssh/%h.key\n");
        write(hostsJson, "{\"hosts\":[{\"alias\":\"mcp-1\",\"hostName\":\"10.0.0.5\"}]}");

        assertThat(inventory().resolve("mcp-1").identityFiles()).containsExactly(home.resolve(".ssh/10.0.0.5.key"));
    }

    @Test
    void aliasesJoinConcreteSshConfigHostsAndSavedHostsSorted() throws IOException {
        write(sshConfig, "Host web-* bastion\nHost db\n");
        write(hostsJson, "{\"hosts\":[{\"alias\":\"mcp-1\"},{\"alias\":\"db\"}]}");

        assertThat(inventory().aliases()).containsExactly("bastion", "db", "mcp-1");
    }

    @Test
    void anotherSshConfigCanBeGivenAsWithDashF() throws IOException {
        write(sshConfig, "Host a\n  User from-default\n");
        Path other = home.resolve("other_config");
        write(other, "Host a\n  User from-other\n");

        assertThat(HostInventory.load(account, other, hostsJson).resolve("a").user()).isEqualTo("from-other");
    }

    @Test
    void expandReadsACommaListWithGroupsInOrderWithoutRepeats() throws IOException {
        HostInventory inventory = inventory();
        inventory.saveGroup("prod-mcp", List.of("mcp-1", "mcp-2"));

        assertThat(inventory.expand("a, b,@prod-mcp,mcp-1,,a")).containsExactly("a", "b", "mcp-1", "mcp-2");
        assertThat(inventory.expand("")).isEmpty();
    }

    @Test
    void expandRefusesAnUnknownGroupNamingTheKnownOnes() throws IOException {
        assertThatThrownBy(() -> inventory().expand("a,@nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown host group 'nope'; no groups are saved");

        HostInventory inventory = inventory();
        inventory.saveGroup("prod-mcp", List.of("mcp-1"));
        inventory.saveGroup("staging", List.of("st-1"));

        assertThatThrownBy(() -> inventory.expand("@prod"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown host group 'prod'; saved groups: prod-mcp, staging");
        assertThatThrownBy(() -> inventory.expand("a b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesThatWouldBreakACommaListOrReadAsPatternsAreRefused() {
        assertThatThrownBy(() -> new SavedHost("a,b", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SavedHost("web*", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SavedHost("@x", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SavedHost("x", null, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inventory().saveGroup("has space", List.of("a"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badEntriesInTheSavedFileAreWarningsAndTheFileIsNotOverwritten() throws IOException {
        String text = "{\"hosts\":[{\"alias\":\"ok\"},{\"alias\":\"bad\",\"port\":\"ssh\"},{\"hostName\":\"x\"}],"
                + "\"groups\":{\"g\":\"not a list\"}}";
        write(hostsJson, text);

        HostInventory inventory = inventory();

        assertThat(inventory.aliases()).containsExactly("ok");
        assertThat(inventory.warnings()).extracting(ConfigWarning::message).containsExactly(
                "hosts[1] skipped: \"port\" must be a whole number, not \"ssh\"",
                "hosts[2] skipped: host alias is empty",
                "group skipped: group g must be a list of names");
        assertThatThrownBy(() -> inventory.saveHost(new SavedHost("new", null, null, null)))
                .isInstanceOf(IOException.class).hasMessageContaining("was not read in full");
        assertThat(Files.readString(hostsJson)).isEqualTo(text);
    }

    @Test
    void invalidJsonIsAWarningWithItsLine() throws IOException {
        write(hostsJson, "{\n  \"hosts\": [\n    {\"alias\": }\n  ]\n}\n");

        HostInventory inventory = inventory();

        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo(hostsJson);
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).startsWith("not valid JSON");
        });
        assertThat(inventory.aliases()).isEmpty();
    }

    @Test
    void removingAHostOrGroupRewritesTheFile() throws IOException {
        HostInventory inventory = inventory();
        inventory.saveHost(new SavedHost("mcp-1", "10.0.0.5", null, null));
        inventory.saveGroup("g", List.of("mcp-1"));
        inventory.removeHost("mcp-1");
        inventory.removeGroup("g");

        HostInventory reread = inventory();
        assertThat(reread.aliases()).isEmpty();
        assertThat(reread.groups()).isEmpty();
    }

    @Test
    void warningsOfBothFilesAreReported() throws IOException {
        write(sshConfig, "Host a\n  Port none\n");
        write(hostsJson, "[]");

        assertThat(inventory().warnings()).extracting(ConfigWarning::format).containsExactly(
                sshConfig + ":2: bad Port 'none': must be a number from 1 to 65535; line ignored",
                hostsJson + ":1: expected a JSON object with \"hosts\" and \"groups\"");
    }
}
