package dev.incidentconsole.incident;

import dev.incidentconsole.remote.HostTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.AcceptAllPublickeyAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An SFTP-only host on loopback whose filesystem is a folder of its own, so two hosts can answer the same path
 * differently ({@code /etc/mcp/relay.yaml} present on one, missing on the other), as real hosts do. Any client
 * key is let in: the host key, checked against known_hosts, is what these tests exercise.
 */
public final class SftpHost implements AutoCloseable {

    private final String alias;
    private final Path root;
    private final SshServer server;

    public SftpHost(String alias, Path dir) {
        this.alias = alias;
        try {
            root = Files.createDirectories(dir.resolve(alias + "-root"));
            server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve(alias + "-host-key")));
            server.setPublickeyAuthenticator(AcceptAllPublickeyAuthenticator.INSTANCE);
            server.setFileSystemFactory(new VirtualFileSystemFactory(root));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content} at {@code path} as the host sees it (an absolute path inside its own folder). */
    public Path write(String path, byte[] content) throws IOException {
        Path file = local(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    /** Where the host's {@code path} lives on this machine. */
    public Path local(String path) {
        return root.resolve(path.substring(1));
    }

    /** The known_hosts line that trusts this host at its loopback port. */
    public String knownHostsLine() {
        try {
            return "[127.0.0.1]:" + server.getPort() + " "
                    + PublicKeyEntry.toString(server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the host key could not be read back", e);
        }
    }

    public HostTarget target(Path clientKey, Path knownHosts) {
        return new HostTarget(alias, "127.0.0.1", server.getPort(), "responder", List.of(clientKey), List.of(),
                List.of(knownHosts), HostTarget.HostKeyChecking.STRICT, Duration.ofSeconds(3), Duration.ofSeconds(5), 3);
    }

    @Override
    public void close() {
        // Immediately: a test that cancelled a transfer should not wait for the server to drain it.
        server.close(true).awaitUninterruptibly(5_000);
    }
}
