package dev.incidentconsole.remote.ssh;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH ssh-agent in the foreground on a socket in a temporary folder, with keys made by ssh-keygen and
 * added by ssh-add. Tests that need it are skipped with a clear message where OpenSSH's client tools are absent.
 */
final class SshAgentProcess implements AutoCloseable {

    static final Path SSH_AGENT = Path.of("/usr/bin/ssh-agent");
    static final Path SSH_ADD = Path.of("/usr/bin/ssh-add");
    static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");

    private final Path socket;
    private final Process process;

    static void assumeAvailable() {
        assumeTrue(Files.isExecutable(SSH_AGENT) && Files.isExecutable(SSH_ADD) && Files.isExecutable(SSH_KEYGEN),
                "OpenSSH's ssh-agent, ssh-add or ssh-keygen is not installed (apt-get install openssh-client);"
                        + " ssh-agent tests skipped");
    }

    /** Starts {@code ssh-agent -D -a dir/agent.sock} and waits until its socket is there. */
    SshAgentProcess(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        socket = dir.resolve("agent.sock");
        process = new ProcessBuilder(SSH_AGENT.toString(), "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("ssh-agent.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(socket)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("ssh-agent did not start: " + Files.readString(dir.resolve("ssh-agent.log")));
            }
            Thread.sleep(20);
        }
    }

    Path socket() {
        return socket;
    }

    /** Generates a key without passphrase ({@code type} as ssh-keygen -t takes it); returns the private key path. */
    static Path keygen(Path file, String type, String comment) throws IOException {
        OpenSshServer.run(SSH_KEYGEN.toString(), "-q", "-t", type, "-N", "", "-C", comment, "-f", file.toString());
        return file;
    }

    /** ssh-add, with SSH_AUTH_SOCK naming this agent. */
    void add(Path privateKey) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(SSH_ADD.toString(), privateKey.toString()).redirectErrorStream(true);
        builder.environment().put("SSH_AUTH_SOCK", socket.toString());
        Process add = builder.start();
        add.getOutputStream().close();
        String output = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!add.waitFor(30, TimeUnit.SECONDS) || add.exitValue() != 0) {
            add.destroyForcibly();
            throw new IOException("ssh-add " + privateKey + " failed: " + output);
        }
    }

    /** SIGSTOP: the agent keeps its socket (connections are queued) but answers nothing, like a wedged agent. */
    void suspend() throws IOException, InterruptedException {
        Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(process.pid())).start();
        if (!stop.waitFor(10, TimeUnit.SECONDS) || stop.exitValue() != 0) {
            throw new IOException("kill -STOP " + process.pid() + " failed");
        }
    }

    /** SIGKILL: the agent dies at once and leaves its socket file behind, as a crashed agent does. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
