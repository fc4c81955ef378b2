package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.Cancellation;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.PassphrasePrompt;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the SFTP collector tests against OpenSSH share: sshd on loopback serving one login over SFTP
 * (internal-sftp), started for each test with a transport that trusts it, and helpers to make and check files.
 * After each test every connection it opened, the transport and sshd are closed.
 */
abstract class SftpOpenSsh {

    @TempDir
    Path dir;

    Path key;
    OpenSshServer server;
    SshTransport transport;
    HostTarget host;
    private final List<SshConnection> opened = new ArrayList<>();

    @BeforeAll
    static void requireSshd() {
        OpenSshServer.assumeAvailable();
    }

    @BeforeEach
    void startSshd() throws Exception {
        key = OpenSshServer.keygen(dir.resolve("id_ed25519"), "");
        server = new OpenSshServer(dir.resolve("sshd"), "127.0.0.1", dir.resolve("id_ed25519.pub"));
        transport = new SshTransport(TestHosts.trusting(server.hostKey()), PassphrasePrompt.NONE, a -> null, 8);
        host = TestHosts.loopback("evidence-host", server.port(), System.getProperty("user.name"), key, Duration.ofSeconds(5));
    }

    @AfterEach
    void stopSshd() {
        opened.forEach(SshConnection::close);
        if (transport != null) transport.close();
        if (server != null) server.close();
    }

    /** A fresh, unpooled connection for a collector built with its own limit; closed after the test. */
    SshConnection connect(HostTarget target, Cancellation cancellation) throws ConnectFailure {
        PublicKey hostKey;
        try {
            hostKey = server.hostKey();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SshConnection connection = new SshConnector(new SshClientFactory(), TestHosts.trusting(hostKey),
                PassphrasePrompt.NONE, a -> null, 4).connect(target);
        opened.add(connection);
        return connection;
    }

    static String writeRandom(Path file, long size, long seed) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        Random random = new Random(seed);
        byte[] block = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= block.length) {
                random.nextBytes(block);
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                digest.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256sum(Path file) throws IOException {
        return OpenSshServer.run("/usr/bin/sha256sum", file.toString()).split(" ")[0];
    }

    static String sha256OfPrefix(Path file, long length) throws IOException {
        return OpenSshServer.run("/bin/sh", "-c", "head -c " + length + " \"$0\" | sha256sum", file.toString()).split(" ")[0];
    }

    static void startThread(Runnable runnable) {
        Thread thread = new Thread(runnable, "test-sftp-reader");
        thread.setDaemon(true);
        thread.start();
    }

    static void signal(String name, ProcessHandle process) {
        try {
            new ProcessBuilder("/bin/kill", "-" + name, String.valueOf(process.pid())).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
