package dev.incidentconsole.remote.ssh;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH sshd on a free loopback port, with a temporary host key and authorized_keys, started and
 * stopped by the test. Tests are skipped with a clear message where no sshd is installed.
 */
public final class OpenSshServer implements AutoCloseable {

    static final Path SSHD = Path.of("/usr/sbin/sshd");
    private final Path dir;
    private final int port;
    private final String address;
    private final Process process;
    private final Path hostPublicKey;

    public static void assumeAvailable() {
        assumeTrue(Files.isExecutable(SSHD) && Files.isExecutable(Path.of("/usr/bin/ssh-keygen")),
                "OpenSSH sshd or ssh-keygen is not installed (apt-get install openssh-server); real-sshd tests skipped");
    }

    /** Starts sshd on {@code address} (a 127.x.y.z address) trusting the public keys given. */
    public OpenSshServer(Path dir, String address, Path... authorizedPublicKeys) {
        this(dir, List.of(address), authorizedPublicKeys);
    }

    /** Starts one sshd listening on every address given (127.x.y.z), on one port, so it can stand in for many hosts. */
    OpenSshServer(Path dir, List<String> addresses, Path... authorizedPublicKeys) {
        this(dir, addresses, List.of(), authorizedPublicKeys);
    }

    /** As above, with extra sshd_config lines. */
    OpenSshServer(Path dir, List<String> addresses, List<String> extraConfig, Path... authorizedPublicKeys) {
        this.dir = dir;
        this.address = addresses.get(0);
        try {
            Files.createDirectories(dir);
            hostPublicKey = keygen(dir.resolve("host_ed25519"), "").resolveSibling("host_ed25519.pub");
            StringBuilder authorized = new StringBuilder();
            for (Path key : authorizedPublicKeys) authorized.append(Files.readString(key));
            Files.writeString(dir.resolve("authorized_keys"), authorized);
            port = freePort(address);
            Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                    "Port " + port, listenLines(addresses), "HostKey " + dir.resolve("host_ed25519"),
                    "PidFile " + dir.resolve("sshd.pid"), "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                    "StrictModes no", "UsePAM no", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
                    "PubkeyAuthentication yes", "PermitRootLogin yes", "AllowTcpForwarding yes", "MaxSessions 10",
                    "MaxStartups 100:30:200", "Subsystem sftp internal-sftp", "LogLevel ERROR", String.join("\n", extraConfig), ""));
            if ("root".equals(System.getProperty("user.name"))) {
                Files.createDirectories(Path.of("/run/sshd")); // privilege separation directory
            }
            process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
            awaitListening();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String listenLines(List<String> addresses) {
        StringBuilder lines = new StringBuilder();
        for (String a : addresses) {
            if (lines.length() > 0) lines.append('\n');
            lines.append("ListenAddress ").append(a);
        }
        return lines.toString();
    }

    Path hostPublicKeyFile() {
        return hostPublicKey;
    }

    /** Generates an ed25519 key with ssh-keygen; returns the private key path. */
    public static Path keygen(Path file, String passphrase) throws IOException {
        run("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", "test", "-f", file.toString());
        return file;
    }

    static String run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int freePort(String address) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("sshd exited at once: " + Files.readString(dir.resolve("sshd.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        throw new IOException("sshd did not start listening on " + address + ":" + port);
    }

    public int port() {
        return port;
    }

    /** A known_hosts line naming this server's host key as {@code name} (for example {@code [127.0.0.2]:2200}). */
    public String knownHostsLine(String name) throws IOException {
        String[] parts = Files.readString(hostPublicKey).trim().split(" ");
        return name + " " + parts[0] + " " + parts[1];
    }

    String address() {
        return address;
    }

    /** The host key as sshj sees it, for trusting it in tests. */
    java.security.PublicKey hostKey() throws IOException {
        String[] parts = Files.readString(hostPublicKey).trim().split(" ");
        return new net.schmizz.sshj.common.Buffer.PlainBuffer(java.util.Base64.getDecoder().decode(parts[1])).readPublicKey();
    }

    /** The connections authenticated as {@code user} (sshd retitles their monitor "sshd: user..."). */
    List<ProcessHandle> authenticatedConnections(String user) {
        List<ProcessHandle> all = new ArrayList<>();
        process.toHandle().children().filter(p -> title(p).startsWith("sshd: " + user)).forEach(all::add);
        return all;
    }

    /** The process title as ps shows it; sshd rewrites it in place, which ProcessHandle.Info does not see. */
    private static String title(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline")).replace('\0', ' ').strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Kills every connection this server serves, as a crashed or rebooted host would, keeping the listener. */
    void dropConnections() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
