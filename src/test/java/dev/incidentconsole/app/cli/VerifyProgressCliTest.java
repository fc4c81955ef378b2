package dev.incidentconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.app.AppPaths;
import dev.incidentconsole.app.Wiring;
import dev.incidentconsole.bundle.ExportedIncident;
import dev.incidentconsole.remote.LocalAccount;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify --progress on a real bundle: progress on stderr, stdout and the exit code exactly as without it. */
class VerifyProgressCliTest {

    @TempDir
    static Path home;

    private static ExportedIncident exported;
    private static Path bundle;
    private static Path allowedSigners;
    private static Wiring wiring;

    /** What one run of the command line printed and returned. */
    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void export() throws Exception {
        exported = new ExportedIncident(home, 6 * 1024 * 1024);
        bundle = exported.export("incident.zip", false).bundle();
        allowedSigners = exported.trusting(exported.signer);
        Files.writeString(home.resolve("trusts-nobody"), "");
        wiring = new Wiring(new AppPaths(home.resolve("data"), home.resolve("config")), Clock.systemUTC(),
                new LocalAccount("ada", home), null);
    }

    @AfterAll
    static void close() {
        exported.close();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.commandLine(wiring, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void progressGoesToStderrInTenthsAndLeavesStdoutAsItWas() {
        for (String trust : new String[] {allowedSigners.toString(), home.resolve("trusts-nobody").toString()}) {
            Run quiet = run("verify", bundle.toString(), "--allowed-signers", trust);
            Run shown = run("verify", bundle.toString(), "--allowed-signers", trust, "--progress");
            assertThat(quiet.err()).as("no terminal here, so no progress unless asked").isEmpty();
            assertThat(shown.out()).isEqualTo(quiet.out()).doesNotContain("verifying");
            assertThat(shown.exitCode()).isEqualTo(quiet.exitCode());
            java.util.List<String> lines = shown.err().lines().toList();
            assertThat(lines.get(0)).startsWith("verifying: 0% (0.0 of ");
            assertThat(lines.get(lines.size() - 1)).startsWith("verifying: 100% (");
            assertThat(lines).hasSizeBetween(3, 11).allMatch(line -> line.startsWith("verifying: "));
            assertThat(shown.err()).doesNotContain("\r");
        }
        assertThat(run("verify", bundle.toString(), "--allowed-signers", allowedSigners.toString(), "--progress"))
                .extracting(Run::exitCode).isEqualTo(Cli.OK);
        assertThat(run("verify", bundle.toString(), "--allowed-signers", home.resolve("trusts-nobody").toString(),
                "--progress")).extracting(Run::exitCode).isEqualTo(Cli.FINDINGS);
    }

    @Test
    void onATerminalOneLineIsRewrittenAtEachPercentWithTheFileAndEndedOnce() {
        StringWriter err = new StringWriter();
        VerifyProgressLine line = new VerifyProgressLine(new PrintWriter(err), true);
        long total = 1000L * 1024 * 1024;
        for (long checked = 0; checked < total; checked += 1024 * 1024) {
            line.progress(checked, total, "evidence/" + checked + "-stdout.bin");
        }
        line.progress(total, total, "report.html");
        line.finish();
        line.finish();

        String written = err.toString();
        assertThat(written.chars().filter(c -> c == '\r').count()).as("one redraw per percent").isEqualTo(101);
        // The last redraw is shorter than the one before: spaces wipe what it would leave behind.
        assertThat(written).matches("(?s).*\rverifying: 100% \\(1000\\.0 of 1000\\.0 MiB\\) +\n")
                .containsOnlyOnce("\n")
                .contains("\rverifying: 50% (500.0 of 1000.0 MiB) evidence/524288000-stdout.bin");
    }
}
