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

/** {@code exec} end to end: ssh_config, known_hosts, two real in-process servers, exit codes. */
class ExecCommandTest {

    @TempDir
    Path home;

    private MinaSshServer alpha;
    private MinaSshServer beta;
    private Path sshConfig;
    private Wiring wiring;
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
                "Host *", "  User responder", "  ConnectTimeout 3", ""));
        wiring = new Wiring(new AppPaths(home.resolve("data"), home.resolve("config")), Clock.systemUTC(),
                new LocalAccount("responder", home), null);
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

    @Test
    void runsOnEveryHostAndPrefixesEachLine() {
        int code = run("exec", "-F", sshConfig.toString(), "--hosts", "alpha,beta", "--accept-new", "--",
                "echo", "hello;", "echo", "oops", ">&2");

        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("alpha | hello").contains("beta  | hello")
                .contains("alpha: exited 0").contains("2 of 2 host(s) succeeded");
        assertThat(err.toString()).contains("alpha | oops").contains("accepting new host key for alpha");
    }

    @Test
    void rememberedKeysNeedNoApprovalNextTime() throws Exception {
        assertThat(run("exec", "-F", sshConfig.toString(), "--hosts", "alpha", "--accept-new", "--", "true")).isEqualTo(0);
        assertThat(Files.readString(home.resolve("config/known_hosts"))).isNotBlank();

        assertThat(run("exec", "-F", sshConfig.toString(), "--hosts", "alpha", "--", "true")).isEqualTo(0);
        assertThat(err.toString()).doesNotContain("accepting");
    }

    @Test
    void unknownKeyWithoutApprovalIsRefusedAndSaysWhatToDo() {
        assertThat(run("exec", "-F", sshConfig.toString(), "--hosts", "alpha", "--", "true")).isEqualTo(1);

        assertThat(err.toString()).contains("is not known").contains("--accept-new");
        assertThat(out.toString()).contains("0 of 1 host(s) succeeded");
        assertThat(alpha.commands()).isEmpty();
    }

    @Test
    void changedKeyIsRefusedEvenWithAcceptNew() throws Exception {
        Path knownHosts = Files.createDirectories(home.resolve(".ssh")).resolve("known_hosts");
        Files.writeString(knownHosts, beta.knownHostsLine("[127.0.0.1]:" + alpha.port()) + "\n");

        assertThat(run("exec", "-F", sshConfig.toString(), "--hosts", "alpha", "--accept-new", "--", "true")).isEqualTo(1);

        assertThat(out.toString()).containsIgnoringCase("changed");
        assertThat(alpha.commands()).isEmpty();
    }

    @Test
    void parametersArriveAsDataNotCode() {
        int code = run("exec", "-F", sshConfig.toString(), "--hosts", "alpha", "--accept-new",
                "--param", "TARGET=a b; $(touch /tmp/never) `id`", "--", "printf", "'[%s]\\n'", "\"${TARGET}\"");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains("alpha | [a b; $(touch /tmp/never) `id`]");
    }

    @Test
    void failuresAndUnreachableHostsFailTheRun() throws Exception {
        Files.writeString(sshConfig, Files.readString(sshConfig).replace("Host *", "Host gone\n  HostName 127.0.0.1\n  Port 1\nHost *"));

        int code = run("exec", "-F", sshConfig.toString(), "--hosts", "alpha,gone", "--accept-new", "--", "exit", "4");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("alpha: exited 4").contains("gone: could not reach the host")
                .contains("connection refused").contains("0 of 2 host(s) succeeded");
    }

    @Test
    void collectCopiesAFileWithItsHashAndNeverOverwrites() throws Exception {
        Path evidence = Files.writeString(home.resolve("auth.log"), "Nov 21 03:00:01 sshd[1]: Accepted publickey\n");
        Path copies = home.resolve("copies");

        int code = run("collect", "-F", sshConfig.toString(), "--hosts", "alpha", "--accept-new", "-o", copies.toString(),
                "--", evidence.toString());

        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(Files.readString(copies.resolve("alpha/auth.log"))).isEqualTo(Files.readString(evidence));
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(evidence)));
        assertThat(out.toString()).contains("sha256 " + sha256).contains("1 of 1 copy whole");
        assertThat(run("collect", "-F", sshConfig.toString(), "--hosts", "alpha", "-o", copies.toString(),
                "--", evidence.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("never overwritten");
    }

    @Test
    void collectOfAMissingFileSaysSo() {
        int code = run("collect", "-F", sshConfig.toString(), "--hosts", "alpha", "--accept-new", "-o",
                home.resolve("copies").toString(), "--", "/nonexistent/evidence.log");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("alpha:/nonexistent/evidence.log").contains("0 of 1 copy whole");
        assertThat(home.resolve("copies/alpha/evidence.log")).doesNotExist();
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("exec", "-F", sshConfig.toString(), "--hosts", "@nope", "--", "true")).isEqualTo(2);
        assertThat(err.toString()).contains("nope");
        assertThat(run("exec", "--hosts", "alpha", "--timeout", "soon", "--", "true")).isEqualTo(2);
        assertThat(run("exec", "--hosts", "alpha", "--param", "bad name=1", "--", "true")).isEqualTo(2);
        assertThat(run("exec", "--hosts", "alpha")).isEqualTo(2);
    }
}
