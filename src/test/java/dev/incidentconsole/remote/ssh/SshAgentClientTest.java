package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidentconsole.remote.ssh.agent.AgentAuth;
import dev.incidentconsole.remote.ssh.agent.AgentIdentity;
import dev.incidentconsole.remote.ssh.agent.AuthAgentKey;
import dev.incidentconsole.remote.ssh.agent.SshAgentClient;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ssh-agent client against OpenSSH's own ssh-agent, holding keys that ssh-add put there. */
class SshAgentClientTest {

    @TempDir
    Path dir;

    private SshAgentProcess agent;
    private SshAgentClient client;
    private final List<Path> keys = new ArrayList<>();

    @BeforeAll
    static void requireOpenSsh() {
        SshAgentProcess.assumeAvailable();
    }

    @BeforeEach
    void start() throws Exception {
        agent = new SshAgentProcess(dir.resolve("agent"));
        keys.add(SshAgentProcess.keygen(dir.resolve("id_ed25519"), "ed25519", "ed25519 key"));
        keys.add(SshAgentProcess.keygen(dir.resolve("id_rsa"), "rsa", "rsa key"));
        keys.add(SshAgentProcess.keygen(dir.resolve("id_ecdsa"), "ecdsa", "ecdsa key"));
        client = new SshAgentClient(agent.socket());
    }

    @AfterEach
    void stop() throws Exception {
        if (agent != null) agent.close();
    }

    @Test
    void anEmptyAgentHoldsNoKeys() throws Exception {
        assertThat(client.identities()).isEmpty();
    }

    @Test
    void listsTheKeysSshAddPutThereWithTheirCommentsAndPublicBlobs() throws Exception {
        for (Path key : keys) agent.add(key);

        List<AgentIdentity> identities = client.identities();

        assertThat(identities).extracting(AgentIdentity::comment)
                .containsExactlyInAnyOrder("ed25519 key", "rsa key", "ecdsa key");
        for (Path key : keys) {
            AgentIdentity identity = byComment(identities, commentOf(key));
            assertThat(identity.blob()).isEqualTo(publicBlob(key));
            assertThat(identity.keyType()).isEqualTo(publicKeyType(key));
        }
        assertThat(byComment(identities, "rsa key").keyType()).isEqualTo("ssh-rsa");
        assertThat(byComment(identities, "ecdsa key").keyType()).isEqualTo("ecdsa-sha2-nistp256");
    }

    @Test
    void fingerprintsAreTheOnesSshKeygenShows() throws Exception {
        for (Path key : keys) agent.add(key);

        for (Path key : keys) {
            String listed = OpenSshServer.run(SshAgentProcess.SSH_KEYGEN.toString(), "-l", "-E", "sha256", "-f",
                    key + ".pub");
            assertThat(byComment(client.identities(), commentOf(key)).fingerprint()).isEqualTo(listed.split(" ")[1]);
        }
    }

    @Test
    void rsaSignaturesUseTheSha2AlgorithmTheFlagsAskFor() throws Exception {
        agent.add(keys.get(1));
        AgentIdentity rsa = client.identities().get(0);
        byte[] data = "session id and request".getBytes(StandardCharsets.UTF_8);

        assertThat(SshAgentClient.signatureAlgorithm(client.sign(rsa, data, SshAgentClient.RSA_SHA2_512)))
                .isEqualTo("rsa-sha2-512");
        assertThat(SshAgentClient.signatureAlgorithm(client.sign(rsa, data, SshAgentClient.RSA_SHA2_256)))
                .isEqualTo("rsa-sha2-256");
        assertThat(SshAgentClient.signatureAlgorithm(client.sign(rsa, data, 0))).isEqualTo("ssh-rsa");
    }

    @Test
    void aKeyTheAgentNoLongerHoldsIsAFailureNamingTheKey() throws Exception {
        agent.add(keys.get(0));
        AgentIdentity ed25519 = client.identities().get(0);
        runSshAdd("-D");

        assertThatThrownBy(() -> client.sign(ed25519, new byte[] {1, 2, 3}, 0))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ssh-agent at " + agent.socket() + " refused to sign with ssh-ed25519 SHA256:")
                .hasMessageContaining("(ed25519 key)")
                .hasMessageContaining("SSH_AGENT_FAILURE");
    }

    @Test
    void aMissingSocketIsExplained() {
        Path missing = dir.resolve("gone").resolve("agent.sock");

        assertThatThrownBy(() -> new SshAgentClient(missing).identities())
                .isInstanceOf(IOException.class)
                .hasMessage("ssh-agent socket " + missing + " does not exist (SSH_AUTH_SOCK names an agent that is not running)");
    }

    @Test
    void aKilledAgentsLeftoverSocketRefusesWithAClearMessage() throws Exception {
        agent.add(keys.get(0));
        AgentIdentity ed25519 = client.identities().get(0);

        agent.kill();

        assertThat(agent.socket()).exists(); // what a crashed agent leaves behind
        assertThatThrownBy(() -> client.sign(ed25519, new byte[] {1}, 0))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("ssh-agent at " + agent.socket() + " refused the connection: no agent is listening");
        assertThatThrownBy(client::identities).hasMessageContaining("refused the connection");
    }

    @Test
    void aStoppedAgentCostsTheTimeoutNotAHang() throws Exception {
        agent.add(keys.get(0));
        agent.suspend();
        SshAgentClient impatient = new SshAgentClient(agent.socket(), Duration.ofSeconds(1));

        long started = System.nanoTime();
        assertThatThrownBy(impatient::identities)
                .isInstanceOf(SocketTimeoutException.class)
                .hasMessageStartingWith("ssh-agent at " + agent.socket() + " did not answer within 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
    }

    @Test
    void anAgentKilledWhileARequestWaitsFailsTheRequestAtOnce() throws Exception {
        agent.add(keys.get(0));
        AgentIdentity ed25519 = client.identities().get(0);
        agent.suspend();
        SshAgentClient patient = new SshAgentClient(agent.socket(), Duration.ofSeconds(60));
        CompletableFuture<byte[]> signing = CompletableFuture.supplyAsync(() -> {
            try {
                return patient.sign(ed25519, new byte[] {1}, 0);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(300); // the request is written and waits in the stopped agent's queue

        long killed = System.nanoTime();
        agent.kill();

        assertThatThrownBy(() -> signing.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().cause()
                .hasMessage("ssh-agent at " + agent.socket() + " closed the connection without answering (the agent"
                        + " exited or was killed)");
        assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void agentAuthGivesOneMethodPerKeyAndNothingWithoutAnAgent() throws Exception {
        for (Path key : keys) agent.add(key);
        List<IOException> problems = new ArrayList<>();

        assertThat(AgentAuth.methods(null)).isEmpty();
        assertThat(AgentAuth.methods(dir.resolve("no-such.sock"), Duration.ofSeconds(1), problems::add)).isEmpty();
        assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
                .contains("no-such.sock does not exist");

        var methods = AgentAuth.methods(agent.socket());
        assertThat(methods).hasSize(3).allSatisfy(m -> assertThat(m).isInstanceOf(AuthAgentKey.class));
        assertThat(methods).extracting(m -> ((AuthAgentKey) m).identity()).containsExactlyElementsOf(client.identities());
        assertThat(methods.get(0).toString()).startsWith("ssh-agent key ").contains("SHA256:");

        agent.kill();
        problems.clear();
        assertThat(AgentAuth.methods(agent.socket(), Duration.ofSeconds(1), problems::add)).isEmpty();
        assertThat(problems).singleElement().extracting(Throwable::getMessage).asString().contains("refused the connection");
    }

    private void runSshAdd(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(SshAgentProcess.SSH_ADD.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SSH_AUTH_SOCK", agent.socket().toString());
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    static AgentIdentity byComment(List<AgentIdentity> identities, String comment) {
        return identities.stream().filter(i -> i.comment().equals(comment)).findFirst()
                .orElseThrow(() -> new AssertionError("the agent holds no key with comment " + comment + ": " + identities));
    }

    static String commentOf(Path key) throws IOException {
        return Files.readString(Path.of(key + ".pub")).trim().split(" ", 3)[2];
    }

    static byte[] publicBlob(Path key) throws IOException {
        return Base64.getDecoder().decode(Files.readString(Path.of(key + ".pub")).trim().split(" ")[1]);
    }

    private static String publicKeyType(Path key) throws IOException {
        return Files.readString(Path.of(key + ".pub")).trim().split(" ")[0];
    }
}
