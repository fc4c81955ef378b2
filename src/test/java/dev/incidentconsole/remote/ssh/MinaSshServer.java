package dev.incidentconsole.remote.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.shell.ProcessShellFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An in-process SSH server on a free loopback port that runs exec requests with {@code /bin/sh -c}, as a
 * real sshd does. Clients authenticate with the key pair this fixture writes (PKCS#8 PEM).
 */
public final class MinaSshServer implements AutoCloseable {

    private final SshServer server;
    private final KeyPair hostKey;
    private final KeyPair clientKey;
    private final Path clientKeyFile;
    private final List<String> commands = new CopyOnWriteArrayList<>();

    public MinaSshServer(Path dir) {
        this(dir, "");
    }

    /**
     * {@code shellPrelude} runs before every command (for example {@code export RELAY_VERSION=1.4;}), so hosts
     * served from one machine can still answer differently.
     */
    public MinaSshServer(Path dir, String shellPrelude) {
        try {
            hostKey = ecKeyPair();
            clientKey = ecKeyPair();
            clientKeyFile = dir.resolve("id_test");
            Files.writeString(clientKeyFile, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(clientKey.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            CoreModuleProperties.TCP_NODELAY.set(server, true);
            server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
            server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, clientKey.getPublic()));
            server.setCommandFactory((channel, command) -> {
                commands.add(command);
                return new ProcessShellFactory(command, "/bin/sh", "-c", shellPrelude + command).createShell(channel);
            });
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    public int port() {
        return server.getPort();
    }

    public PublicKey hostKey() {
        return hostKey.getPublic();
    }

    /** A key that is not the host key, for tests that need a stranger. */
    public PublicKey clientKeyPublic() {
        return clientKey.getPublic();
    }

    public Path clientKeyFile() {
        return clientKeyFile;
    }

    /** The command lines the server was asked to run, in order. */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    /** The known_hosts line that trusts this server under {@code name}: {@code name keytype base64}. */
    public String knownHostsLine(String name) {
        return name + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
