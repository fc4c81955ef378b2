package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hierynomus.sshj.key.KeyAlgorithms;
import dev.incidentconsole.remote.ssh.agent.AgentAuth;
import dev.incidentconsole.remote.ssh.agent.AgentIdentity;
import dev.incidentconsole.remote.ssh.agent.AuthAgentKey;
import dev.incidentconsole.remote.ssh.agent.SshAgentClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPublickey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Logging in to OpenSSH's sshd with keys that only a real ssh-agent holds. */
class AuthAgentKeyOpenSshTest {

    private static final String USER = System.getProperty("user.name");

    @TempDir
    Path dir;

    private SshAgentProcess agent;
    private OpenSshServer server;
    private SshAgentClient agentClient;
    private final List<SSHClient> clients = new ArrayList<>();

    @BeforeAll
    static void requireOpenSsh() {
        OpenSshServer.assumeAvailable();
        SshAgentProcess.assumeAvailable();
    }

    @BeforeEach
    void start() throws Exception {
        Path ed25519 = SshAgentProcess.keygen(dir.resolve("id_ed25519"), "ed25519", "ed25519");
        Path rsa = SshAgentProcess.keygen(dir.resolve("id_rsa"), "rsa", "rsa");
        Path ecdsa = SshAgentProcess.keygen(dir.resolve("id_ecdsa"), "ecdsa", "ecdsa");
        Path stranger = SshAgentProcess.keygen(dir.resolve("id_stranger"), "ed25519", "stranger");
        agent = new SshAgentProcess(dir.resolve("agent"));
        for (Path key : List.of(ed25519, rsa, ecdsa, stranger)) agent.add(key);
        server = new OpenSshServer(dir.resolve("sshd"), "127.0.0.1", pub(ed25519), pub(rsa), pub(ecdsa));
        agentClient = new SshAgentClient(agent.socket());
    }

    @AfterEach
    void stop() throws Exception {
        for (SSHClient client : clients) SshConnector.closeQuietly(client);
        if (server != null) server.close();
        if (agent != null) agent.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "rsa", "ecdsa"})
    void logsInWithEachKeyTypeTheAgentHolds(String comment) throws Exception {
        SSHClient client = connected(new DefaultConfig());

        client.auth(USER, new AuthAgentKey(agentClient, key(comment)));

        assertThat(client.isAuthenticated()).isTrue();
        assertThat(echoOk(client)).isEqualTo("ok\n");
    }

    @Test
    void rsaKeysSignWithWhicheverSha2AlgorithmTheClientOffers() throws Exception {
        for (var rsaAlgorithm : List.of(KeyAlgorithms.RSASHA256(), KeyAlgorithms.RSASHA512())) {
            DefaultConfig config = new DefaultConfig();
            config.setKeyAlgorithms(List.of(KeyAlgorithms.EdDSA25519(), rsaAlgorithm)); // the host key is ed25519
            SSHClient client = connected(config);

            client.auth(USER, new AuthAgentKey(agentClient, key("rsa")));

            assertThat(echoOk(client)).as(rsaAlgorithm.getName()).isEqualTo("ok\n");
        }
    }

    @Test
    void aKeyMissingFromAuthorizedKeysIsRefused() throws Exception {
        SSHClient client = connected(new DefaultConfig());

        assertThatThrownBy(() -> client.auth(USER, new AuthAgentKey(agentClient, key("stranger"))))
                .isInstanceOf(UserAuthException.class);
        assertThat(client.isAuthenticated()).isFalse();
    }

    @Test
    void agentKeysAreTriedInTurnUntilOneIsAccepted() throws Exception {
        SSHClient client = connected(new DefaultConfig());
        List<AuthMethod> methods = new ArrayList<>(List.of(new AuthAgentKey(agentClient, key("stranger"))));
        methods.addAll(AgentAuth.methods(agent.socket()));

        client.auth(USER, methods);

        assertThat(echoOk(client)).isEqualTo("ok\n");
    }

    @Test
    void anAgentKilledAfterListingFailsAuthenticationClearlyAndQuickly() throws Exception {
        List<AuthMethod> methods = AgentAuth.methods(agent.socket());
        SSHClient client = connected(new DefaultConfig());
        agent.kill();

        long started = System.nanoTime();
        Throwable failure = catchAuth(client, methods);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(failure).isInstanceOf(UserAuthException.class);
        assertThat(messages(failure)).anyMatch(m -> m.startsWith("cannot sign with ")
                && m.contains("ssh-agent at " + agent.socket() + " refused the connection: no agent is listening"));
    }

    @Test
    void aDeadAgentStillLeavesTheIdentityFilesThatFollowIt() throws Exception {
        List<AuthMethod> methods = new ArrayList<>(AgentAuth.methods(agent.socket()));
        agent.kill();
        SSHClient client = connected(new DefaultConfig());
        methods.add(new AuthPublickey(client.loadKeys(dir.resolve("id_ed25519").toString())));

        client.auth(USER, methods);

        assertThat(echoOk(client)).isEqualTo("ok\n");
    }

    @Test
    void aStoppedAgentFailsAuthenticationAfterItsTimeoutNotAHang() throws Exception {
        List<AuthMethod> methods = AgentAuth.methods(agent.socket(), Duration.ofSeconds(1), e -> { });
        SSHClient client = connected(new DefaultConfig());
        agent.suspend();

        long started = System.nanoTime();
        Throwable failure = catchAuth(client, methods.subList(0, 1));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(failure).isInstanceOf(UserAuthException.class);
        assertThat(messages(failure)).anyMatch(m -> m.startsWith("cannot sign with ")
                && m.contains("ssh-agent at " + agent.socket() + " did not answer within 1 s"));
    }

    private AgentIdentity key(String comment) throws IOException {
        return SshAgentClientTest.byComment(agentClient.identities(), comment);
    }

    private SSHClient connected(DefaultConfig config) throws IOException {
        SSHClient client = new SSHClient(config);
        clients.add(client);
        byte[] hostKey = TestHosts.wire(server.hostKey());
        client.addHostKeyVerifier(new HostKeyVerifier() {
            @Override
            public boolean verify(String hostname, int port, PublicKey key) {
                return Arrays.equals(hostKey, TestHosts.wire(key));
            }

            @Override
            public List<String> findExistingAlgorithms(String hostname, int port) {
                return List.of();
            }
        });
        client.setConnectTimeout(5_000);
        client.setTimeout(15_000);
        client.connect(server.address(), server.port());
        return client;
    }

    private static String echoOk(SSHClient client) throws IOException {
        try (Session session = client.startSession()) {
            Session.Command command = session.exec("echo ok");
            String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            command.join(10, TimeUnit.SECONDS);
            assertThat(command.getExitStatus()).isZero();
            return output;
        }
    }

    private static Throwable catchAuth(SSHClient client, List<AuthMethod> methods) {
        try {
            client.auth(USER, methods);
            throw new AssertionError("authentication succeeded with a dead agent");
        } catch (IOException e) {
            return e;
        }
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }

    private static Path pub(Path key) {
        return Path.of(key + ".pub");
    }
}
