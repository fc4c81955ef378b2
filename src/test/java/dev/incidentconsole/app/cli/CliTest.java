package dev.incidentconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.app.AppPaths;
import dev.incidentconsole.app.Wiring;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: real files, the real bundled library, exit codes as documented. */
class CliTest {

    @TempDir
    Path home;

    private Wiring wiring;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneOffset.UTC);
        wiring = new Wiring(new AppPaths(home.resolve("data"), home.resolve("config")), clock);
    }

    private int run(String... args) {
        return Cli.commandLine(wiring, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = home.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void lintOfACleanFileExitsZero() throws Exception {
        Path file = write("rb/clean.md", "---\nid: clean\ntitle: Clean\nseverity: info\nowner: me\nversion: 1\n"
                + "last_reviewed: 2026-11-01\n---\n# Clean\n\n## Check\n\n1. **Look**\n   ```bash\n   uptime\n   ```\n");

        assertThat(run("lint", file.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("1 file(s), 1 runbook(s): 0 error(s), 0 warning(s)");
    }

    @Test
    void lintWithErrorsExitsOneAndPrintsFileLineColumn() throws Exception {
        Path file = write("rb/broken.md", "---\nid: broken\ntitle: Broken\n---\n# Broken\n\n## Check\n\n1. **Look**\n   ```bash\n   echo \"${NOPE}\"\n   ```\n");

        assertThat(run("lint", home.resolve("rb").toString())).isEqualTo(1);
        assertThat(out.toString()).contains(file + ":11:10: error: ${NOPE} is not a declared parameter");
    }

    @Test
    void warningsOnlyFailWithStrict() throws Exception {
        Path file = write("rb/old.md", "---\nid: old\ntitle: Old\nseverity: info\nowner: me\nversion: 1\n"
                + "last_reviewed: 2020-01-01\n---\n# Old\n\n## Check\n\n1. **Look**\n   ```bash\n   uptime\n   ```\n");

        assertThat(run("lint", file.toString())).isEqualTo(0);
        assertThat(run("lint", "--strict", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("[review-overdue]");
    }

    @Test
    void missingPathIsAUsageError() {
        assertThat(run("lint", home.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file or folder");
        assertThat(run("lint", "--no-such-option")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void listAndShowUseTheBundledLibraryAndTheUsersOwnFolder() throws Exception {
        write("data/runbooks/mine.md", "---\nid: my-own-check\ntitle: My own check\nseverity: info\n---\n"
                + "# My own check\n\n## Look (0-5 minutes)\n\n1. **See uptime**\n   ```bash\n   uptime\n   ```\n");

        assertThat(run("list")).isEqualTo(0);
        assertThat(out.toString()).contains("my-own-check").contains("server-down");
        assertThat(run("list", "own", "check")).isEqualTo(0);
        assertThat(out.toString()).contains("1 runbook(s)");

        out.getBuffer().setLength(0);
        assertThat(run("show", "my-own-check")).isEqualTo(0);
        assertThat(out.toString()).contains("Phase 1: Look  [0s\u20135m]").contains("[ ] 1. See uptime  (diagnostic, see-uptime)")
                .contains("$ uptime");
    }

    @Test
    void showOfAnUnknownIdIsAUsageError() {
        assertThat(run("show", "no-such-runbook")).isEqualTo(2);
        assertThat(err.toString()).contains("no runbook has the id 'no-such-runbook'");
    }

    @Test
    void importPrintsOrWritesRunbooksWithFrontMatter() throws Exception {
        Path plain = write("plain.md", "# Runbook: Disk full\n\n## Check\n\n1. **See usage**\n   ```bash\n   df -h \"${MOUNT_POINT}\"\n   ```\n"
                + "\n## Fix\n\n2. **Clear old logs**\n   ```bash\n   find /var/log -name '*.gz' -mtime +7 -delete\n   ```\n"
                + "\n3. **See usage again**\n   ```bash\n   df -h \"${MOUNT_POINT}\"\n   ```\n");

        assertThat(run("import", plain.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("---\nid: disk-full\n").contains("name: MOUNT_POINT").contains("type: path")
                .contains("```bash {kind=change}");

        Path target = home.resolve("out/disk-full.md");
        assertThat(run("import", plain.toString(), "-o", target.toString())).isEqualTo(0);
        assertThat(Files.readString(target)).contains("id: disk-full");
        assertThat(run("import", plain.toString(), "-o", target.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already exists");
        assertThat(run("import", plain.toString(), "-o", target.toString(), "--force")).isEqualTo(0);
    }

    @Test
    void importRefusesAFileWithErrors() throws Exception {
        Path broken = write("broken.md", "# T\n\n## P\n\n1. **Run**\n   ```bash\n   ls\n");

        assertThat(run("import", broken.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("unterminated-fence").contains("not imported");
    }

    @Test
    void longOutputReachesStandardOutputWhole() {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Cli.run(wiring, "show", "server-down");
        } finally {
            System.setOut(original);
        }

        String printed = captured.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(0);
        assertThat(printed.length()).isGreaterThan(4000);
        assertThat(printed).contains("Documentation Requirements").endsWith("\n");
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("lint").contains("import");
        assertThat(run("--version")).isEqualTo(0);
    }
}
