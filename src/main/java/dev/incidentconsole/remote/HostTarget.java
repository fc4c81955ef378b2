package dev.incidentconsole.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything needed to reach one host, resolved from the responder's ssh_config and the app's saved hosts.
 * {@code alias} is the name the responder uses; {@code hostName} what is dialled.
 */
public record HostTarget(String alias, String hostName, int port, String user, List<Path> identityFiles,
                         List<String> proxyJump, List<Path> userKnownHostsFiles, HostKeyChecking hostKeyChecking,
                         Duration connectTimeout, Duration serverAliveInterval, int serverAliveCountMax) {

    public static final int DEFAULT_PORT = 22;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_SERVER_ALIVE = Duration.ofSeconds(15);

    public HostTarget {
        identityFiles = List.copyOf(identityFiles);
        proxyJump = List.copyOf(proxyJump);
        userKnownHostsFiles = List.copyOf(userKnownHostsFiles);
    }

    /** The form known_hosts uses for this host: {@code name} on port 22, {@code [name]:port} otherwise. */
    public String knownHostsName() {
        return port == DEFAULT_PORT ? hostName : "[" + hostName + "]:" + port;
    }

    /** How unknown host keys are treated. A changed key is refused whatever this says. */
    public enum HostKeyChecking {
        /** Unknown keys are refused; only keys already in a known_hosts file are accepted. */
        STRICT,
        /** Unknown keys need the responder's explicit approval of the fingerprint (the default). */
        ASK,
        /** Unknown keys are accepted and remembered, as OpenSSH's accept-new does. */
        ACCEPT_NEW
    }
}
