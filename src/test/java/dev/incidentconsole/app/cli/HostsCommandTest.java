package dev.incidentconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.app.AppPaths;
import dev.incidentconsole.app.Wiring;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The 'hosts' command on its own command line (Cli registers it; these tests need not wait for that). */
class HostsCommandTest {

    @TempDir
    Path home;

    private Wiring wiring;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        wiring = new Wiring(new AppPaths(home.resolve("data"), home.resolve("config")), Clock.systemUTC());
        write(home.resolve("config/hosts.json"), "{\"hosts\":[{\"alias\":\"mcp-1\",\"hostName\":\"10.0.0.5\",\"user\":\"ops\"}],"
                + "\"groups\":{\"prod-mcp\":[\"mcp-1\",\"mcp-2\"],\"edge\":[\"bastion\"]}}");
        write(home.resolve(".ssh/config"), "Host bastion\n  HostName 192.0.2.1\n  User jump\n"
                + "Host mcp-2\n  User deploy\n"
                + "Host mcp-*\n  ProxyJump bastion\n  Port 2222\n");
    }

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new HostsCommand(wiring, home));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return e instanceof Cli.UsageProblem ? Cli.USAGE : Cli.FINDINGS;
        });
        return cli.execute(args);
    }

    private String nl(String text) {
        return text.replace("\n", System.lineSeparator());
    }

    @Test
    void listsConfigHostsSavedHostsAndGroupMembersWithTheirGroups() {
        assertThat(run()).isEqualTo(0);
        assertThat(out.toString()).isEqualTo(nl(""
                + "ALIAS    TARGET             JUMP     GROUPS\n"
                + "bastion  jump@192.0.2.1:22  -        edge\n"
                + "mcp-1    ops@10.0.0.5:2222  bastion  prod-mcp\n"
                + "mcp-2    deploy@mcp-2:2222  bastion  prod-mcp\n"
                + "3 host(s), 2 group(s)\n"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void listsOneGroupInItsOrder() {
        assertThat(run("--group", "edge")).isEqualTo(0);
        assertThat(out.toString()).contains("bastion  jump@192.0.2.1:22").doesNotContain("mcp-1")
                .contains("1 host(s), 2 group(s)");
    }

    @Test
    void anUnknownGroupIsAUsageError() {
        assertThat(run("--group", "nope")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("no saved group is named 'nope'; groups: edge, prod-mcp");
    }

    @Test
    void dashFReadsAnotherSshConfigAndPrintsItsWarnings() throws IOException {
        Path other = home.resolve("other_config");
        write(other, "Host mcp-1\n  Port 99999\n  Port 2200\n");

        assertThat(run("-F", other.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("mcp-1    ops@10.0.0.5:2200").doesNotContain("192.0.2.1");
        assertThat(err.toString()).contains("warning: " + other + ":2: bad Port '99999'");
        assertThat(run("-F", home.resolve("missing").toString())).isEqualTo(Cli.USAGE);
    }

    @Test
    void dashFNoneReadsNoSshConfig() {
        assertThat(run("-F", "none")).isEqualTo(0);
        assertThat(out.toString()).contains("mcp-1    ops@10.0.0.5:22 ");
    }
}
