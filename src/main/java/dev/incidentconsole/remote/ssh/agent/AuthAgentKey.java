package dev.incidentconsole.remote.ssh.agent;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.Factory;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.AuthParams;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

/**
 * sshj's {@code publickey} authentication with one key held by an ssh-agent (RFC 4252 section 7). It offers the
 * public key first and asks the agent to sign only once the server has accepted it, as sshj's AuthPublickey does
 * with a key file; the private key never leaves the agent. RSA keys are offered with the SHA-2 algorithms
 * (RFC 8332) in the order the client's configuration lists them, the next one tried if the server refuses one.
 */
public final class AuthAgentKey extends AbstractAuthMethod {

    private static final String CERT_SUFFIX = "-cert-v01@openssh.com";
    private static final List<String> RSA_ALGORITHMS = List.of("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa");

    private final SshAgentClient agent;
    private final AgentIdentity identity;
    private final Deque<String> algorithms = new ArrayDeque<>();

    public AuthAgentKey(SshAgentClient agent, AgentIdentity identity) {
        super("publickey");
        this.agent = Objects.requireNonNull(agent, "agent");
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    public AgentIdentity identity() {
        return identity;
    }

    @Override
    public void init(AuthParams params) {
        super.init(params);
        algorithms.clear();
        algorithms.addAll(algorithmsFor(identity.keyType(), configuredNames(params)));
    }

    /** The public key algorithm names to offer this key with, best first. */
    static List<String> algorithmsFor(String keyType, List<String> configured) {
        boolean certificate = keyType.endsWith(CERT_SUFFIX);
        String plain = certificate ? keyType.substring(0, keyType.length() - CERT_SUFFIX.length()) : keyType;
        if (!plain.equals("ssh-rsa")) {
            return List.of(keyType);
        }
        List<String> rsa = new ArrayList<>();
        configured.stream().filter(RSA_ALGORITHMS::contains).distinct().forEach(rsa::add);
        if (rsa.isEmpty()) {
            rsa.addAll(RSA_ALGORITHMS.subList(0, 2)); // a configuration without RSA names: the safe SHA-2 pair
        }
        return certificate ? rsa.stream().map(name -> name + CERT_SUFFIX).toList() : List.copyOf(rsa);
    }

    private static List<String> configuredNames(AuthParams params) {
        List<String> names = new ArrayList<>();
        var configured = params.getTransport().getConfig().getKeyAlgorithms();
        if (configured != null) {
            configured.stream().map(Factory.Named::getName).forEach(names::add);
        }
        return names;
    }

    /** The unsigned "would you accept this key?" request. */
    @Override
    protected SSHPacket buildReq() throws UserAuthException {
        return request(false);
    }

    private SSHPacket request(boolean signed) throws UserAuthException {
        String algorithm = algorithms.peek();
        if (algorithm == null) {
            throw new UserAuthException("no public key algorithm left to offer " + identity + " with");
        }
        return super.buildReq().putBoolean(signed).putString(algorithm).putString(identity.blob());
    }

    @Override
    public void handle(Message message, SSHPacket packet) throws UserAuthException, TransportException {
        if (message == Message.USERAUTH_60) {
            sendSignedRequest();
        } else {
            super.handle(message, packet);
        }
    }

    /** The server accepts the key: sign the session id and the request with it, in the agent. */
    private void sendSignedRequest() throws UserAuthException, TransportException {
        String algorithm = algorithms.peek();
        SSHPacket request = request(true);
        byte[] signed = new Buffer.PlainBuffer()
                .putString(params.getTransport().getSessionID())
                .putBuffer(request)
                .getCompactData();
        byte[] signature;
        try {
            signature = agent.sign(identity, signed, flagsFor(algorithm));
        } catch (IOException e) {
            throw new UserAuthException("cannot sign with " + identity + ": " + e.getMessage(), e);
        }
        String expected = signatureAlgorithmFor(algorithm);
        String actual = SshAgentClient.signatureAlgorithm(signature);
        if (expected != null && !expected.equals(actual)) {
            throw new UserAuthException("ssh-agent at " + agent.socket() + " signed with " + actual + " where " + expected
                    + " was asked for (the agent is too old for SHA-2 RSA signatures)");
        }
        params.getTransport().write(request.putString(signature));
    }

    /** The agent's sign flags for a public key algorithm: SHA-2 for the RSA names, none for anything else. */
    static int flagsFor(String algorithm) {
        if (algorithm.startsWith("rsa-sha2-512")) return SshAgentClient.RSA_SHA2_512;
        if (algorithm.startsWith("rsa-sha2-256")) return SshAgentClient.RSA_SHA2_256;
        return 0;
    }

    /** The signature name an RSA algorithm must produce; null where the key type alone decides it. */
    private static String signatureAlgorithmFor(String algorithm) {
        String plain = algorithm.endsWith(CERT_SUFFIX)
                ? algorithm.substring(0, algorithm.length() - CERT_SUFFIX.length()) : algorithm;
        return RSA_ALGORITHMS.contains(plain) ? plain : null;
    }

    /** After a refusal, the next algorithm for the same key, if there is one. */
    @Override
    public boolean shouldRetry() {
        algorithms.poll();
        return !algorithms.isEmpty();
    }

    @Override
    public String toString() {
        return "ssh-agent key " + identity;
    }
}
