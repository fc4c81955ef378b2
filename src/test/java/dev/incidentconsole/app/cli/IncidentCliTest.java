package dev.incidentconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.app.AppPaths;
import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.remote.LocalAccount;
import dev.incidentconsole.remote.ssh.MinaSshServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident commands end to end: a real runbook, two in-process hosts, a real evidence file. */
class IncidentCliTest {

    @TempDir
    Path home;

    private MinaSshServer alpha;
    private MinaSshServer beta;
    private Wiring wiring;
    private Path sshConfig;
    private Path db;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void start() throws Exception {
        alpha = new MinaSshServer(Files.createDirectories(home.resolve("alpha")));
        beta = new MinaSshServer(Files.createDirectories(home.resolve("beta")));
        sshConfig = home.resolve("ssh_config");
        Files.writeString(sshConfig, String.join("\n",
                "Host alpha", "  HostName 127.0.0.1", "  Port " + alpha.port(), "  IdentityFile " + alpha.clientKeyFile(),
                "Host beta", "  HostName 127.0.0.1", "  Port " + beta.port(), "  IdentityFile " + beta.clientKeyFile(),
                "Host *", "  User responder", ""));
        Path runbooks = Files.createDirectories(home.resolve("data/runbooks"));
        Files.writeString(runbooks.resolve("disk-check.md"), String.join("\n",
                "---", "id: disk-check", "title: Disk check", "severity: warning", "owner: ops", "version: 1",
                "last_reviewed: 2026-11-01", "parameters:", "  - name: MOUNT", "    type: path", "    default: /", "---",
                "# Disk check", "", "## Confirm (0-5 minutes)", "",
                "1. **Show usage**", "   ```bash {timeout=20s expect=\"Filesystem\"}", "   df -P \"${MOUNT}\"", "   ```", "",
                "2. **Ask the owner**", "   Call them.", "",
                "## Fix (5-15 minutes)", "",
                "3. **Clear the cache**", "   ```bash {kind=change timeout=20s}", "   rm -f '" + home.resolve("cache.tmp") + "'", "   ```", "",
                "4. **Show usage again**", "   ```bash {timeout=20s}", "   df -P \"${MOUNT}\"", "   ```", ""));
        db = home.resolve("evidence");
        wiring = new Wiring(new AppPaths(home.resolve("data"), home.resolve("config")), Clock.systemUTC(),
                new LocalAccount("ana", home), null);
    }

    @AfterEach
    void stop() {
        alpha.close();
        beta.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.commandLine(wiring, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private String openIncident() {
        assertThat(run("incident", "new", "--db", db.toString(), "-F", sshConfig.toString(), "--title", "Disk filling",
                "--severity", "warning", "--runbook", "disk-check", "--hosts", "alpha,beta")).as(err.toString()).isEqualTo(0);
        return out.toString().trim();
    }

    @Test
    void anIncidentIsOpenedRunNotedCheckedAndVerified() {
        String id = openIncident();
        assertThat(id).matches("INC-\\d{8}-\\d{4}-[0-9a-f]{4}");

        assertThat(run("run", id, "--all-diagnostics", "--db", db.toString(), "-F", sshConfig.toString(), "--accept-new"))
                .as(out + "\n" + err).isEqualTo(0);
        assertThat(out.toString()).contains("alpha | Filesystem").contains("beta  | Filesystem").contains("step succeeded");

        assertThat(run("note", id, "--db", db.toString(), "disk", "is", "95%", "full")).isEqualTo(0);
        assertThat(run("check", id, "ask-the-owner", "--db", db.toString(), "--note", "owner agrees")).isEqualTo(0);
        assertThat(run("timeline", id, "--db", db.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("command").contains("show-usage").contains("disk is 95% full")
                .contains("owner agrees").contains("chain head ");
        assertThat(run("verify-store", "--db", db.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("intact");
        assertThat(run("search", "--db", db.toString(), "Filesystem", "--host", "beta")).isEqualTo(0);
        assertThat(out.toString()).contains("beta").contains("hit(s)");
        assertThat(run("incidents", "--db", db.toString())).isEqualTo(0);
        assertThat(out.toString()).contains(id).contains("Disk filling");
    }

    @Test
    void reportsAreWrittenFromTheEvidence() throws Exception {
        String id = openIncident();
        run("run", id, "show-usage", "--db", db.toString(), "-F", sshConfig.toString(), "--accept-new");

        assertThat(run("report", id, "--db", db.toString(), "-o", home.resolve("out/report.html").toString(),
                "--impact", "Writes failed for <10 minutes>")).isEqualTo(0);
        assertThat(run("report", id, "--db", db.toString(), "-o", home.resolve("out/report.md").toString())).isEqualTo(0);

        String html = Files.readString(home.resolve("out/report.html"));
        assertThat(html).contains("Disk filling").contains("show-usage").contains("Writes failed for &lt;10 minutes&gt;")
                .doesNotContain("<script");
        assertThat(Files.readString(home.resolve("out/report.md"))).contains("# ").contains("df -P");
        assertThat(run("report", id, "--db", db.toString(), "-o", home.resolve("out/report.pdf").toString())).isEqualTo(2);
    }

    @Test
    void aChangeStepNeedsYes() throws Exception {
        String id = openIncident();
        Path cache = Files.writeString(home.resolve("cache.tmp"), "x");

        assertThat(run("run", id, "clear-the-cache", "--db", db.toString(), "-F", sshConfig.toString(), "--accept-new")).isEqualTo(1);
        assertThat(out.toString()).contains("not run").contains("--yes");
        assertThat(cache).exists();

        assertThat(run("run", id, "clear-the-cache", "--yes", "--db", db.toString(), "-F", sshConfig.toString(), "--accept-new"))
                .isEqualTo(0);
        assertThat(cache).doesNotExist();
    }

    @Test
    void aClosedIncidentRunsNoMoreCommandsButTakesNotes() {
        String id = openIncident();

        assertThat(run("incident", "close", id, "--db", db.toString())).isEqualTo(0);
        assertThat(run("incidents", "--db", db.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("closed");
        assertThat(run("run", id, "show-usage", "--db", db.toString(), "-F", sshConfig.toString(), "--accept-new")).isEqualTo(2);
        assertThat(err.toString()).contains(id + " is closed");
        assertThat(alpha.commands().stream().filter(c -> c.contains("df -P"))).isEmpty();
        assertThat(run("note", id, "--db", db.toString(), "post-incident", "review", "booked")).isEqualTo(0);
        assertThat(run("incident", "close", id, "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("closed already");
    }

    @Test
    void mistakesAreUsageErrors() {
        String id = openIncident();
        assertThat(run("run", id, "no-such-step", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no step 'no-such-step'");
        assertThat(run("run", "INC-19990101-0000-dead", "show-usage", "--db", db.toString())).isEqualTo(2);
        assertThat(run("incident", "new", "--db", db.toString(), "--title", "x", "--severity", "apocalyptic",
                "--runbook", "disk-check", "--hosts", "alpha")).isEqualTo(2);
        assertThat(run("incident", "new", "--db", db.toString(), "--title", "x", "--severity", "info",
                "--runbook", "disk-check", "--hosts", "alpha", "--param", "MOUNT=relative")).isEqualTo(2);
        assertThat(err.toString()).contains("MOUNT is not an absolute path");
        assertThat(run("skip", id, "show-usage", "--db", db.toString())).isEqualTo(2);
    }
}
