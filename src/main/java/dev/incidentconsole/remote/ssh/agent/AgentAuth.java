package dev.incidentconsole.remote.ssh.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.schmizz.sshj.userauth.method.AuthMethod;

/**
 * The authentication methods an ssh-agent contributes to a connection: one per key it holds, in its order, to
 * be tried before the identity files as OpenSSH's ssh does. An absent or broken agent contributes nothing, so
 * identity files still work without it.
 */
public final class AgentAuth {

    private AgentAuth() {
    }

    /** One method per agent key; empty when {@code socket} is null (no SSH_AUTH_SOCK) or the agent is unusable. */
    public static List<AuthMethod> methods(Path socket) {
        return methods(socket, SshAgentClient.DEFAULT_TIMEOUT, problem -> { });
    }

    /**
     * As {@link #methods(Path)}, telling {@code unavailable} why an agent that SSH_AUTH_SOCK names contributes
     * nothing (its socket is gone, it refuses connections, it does not answer in time).
     */
    public static List<AuthMethod> methods(Path socket, Duration timeout, Consumer<IOException> unavailable) {
        if (socket == null || socket.toString().isEmpty()) {
            return List.of();
        }
        if (!Files.exists(socket)) {
            unavailable.accept(new IOException("ssh-agent socket " + socket + " does not exist (SSH_AUTH_SOCK names an"
                    + " agent that is not running); using identity files only"));
            return List.of();
        }
        SshAgentClient agent = new SshAgentClient(socket, timeout);
        List<AuthMethod> methods = new ArrayList<>();
        try {
            for (AgentIdentity identity : agent.identities()) {
                methods.add(new AuthAgentKey(agent, identity));
            }
        } catch (IOException e) {
            unavailable.accept(e);
            return List.of();
        }
        return List.copyOf(methods);
    }
}
