package dev.incidentconsole.remote;

import dev.incidentconsole.remote.HostTarget.HostKeyChecking;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options obtained for one host while walking ssh_config and then the saved host, with OpenSSH's rule:
 * the first value obtained for a keyword wins, except IdentityFile, which accumulates (without duplicates).
 * Values are kept as written; tokens and defaults are applied once, in {@link #toTarget}.
 */
final class HostOptions {

    /** OpenSSH's default; HostTarget has constants for the other defaults. */
    static final int DEFAULT_SERVER_ALIVE_COUNT_MAX = 3;

    private String hostName;
    private String user;
    private Integer port;
    private final List<String> identityFiles = new ArrayList<>();
    private List<String> proxyJump;
    private List<String> knownHostsFiles;
    private HostKeyChecking hostKeyChecking;
    private Duration connectTimeout;
    private Duration serverAliveInterval;
    private Integer serverAliveCountMax;

    void offerHostName(String value) {
        if (hostName == null) hostName = value;
    }

    void offerUser(String value) {
        if (user == null) user = value;
    }

    void offerPort(int value) {
        if (port == null) port = value;
    }

    void addIdentityFile(String value) {
        if (!identityFiles.contains(value)) identityFiles.add(value);
    }

    /** An empty list is {@code ProxyJump none}: it counts as obtained, so later lines cannot add a jump. */
    void offerProxyJump(List<String> hops) {
        if (proxyJump == null) proxyJump = List.copyOf(hops);
    }

    /** An empty list is {@code UserKnownHostsFile none}. */
    void offerKnownHostsFiles(List<String> files) {
        if (knownHostsFiles == null) knownHostsFiles = List.copyOf(files);
    }

    void offerHostKeyChecking(HostKeyChecking value) {
        if (hostKeyChecking == null) hostKeyChecking = value;
    }

    void offerConnectTimeout(Duration value) {
        if (connectTimeout == null) connectTimeout = value;
    }

    void offerServerAliveInterval(Duration value) {
        if (serverAliveInterval == null) serverAliveInterval = value;
    }

    void offerServerAliveCountMax(int value) {
        if (serverAliveCountMax == null) serverAliveCountMax = value;
    }

    /** The host as {@code ssh -G alias} would resolve it: defaults filled in, {@code ~} and tokens expanded. */
    HostTarget toTarget(String alias, LocalAccount account) {
        Path home = account.home();
        // ssh lowercases the name it dials (known_hosts entries are lower case too), though Host matching is not.
        String resolvedHost = (hostName == null ? alias : SshTokens.expand(hostName, Map.of('h', alias))).toLowerCase(Locale.ROOT);
        String resolvedUser = user == null ? account.userName() : user;
        int resolvedPort = port == null ? HostTarget.DEFAULT_PORT : port;
        Map<Character, String> tokens = new LinkedHashMap<>();
        tokens.put('d', home.toString());
        tokens.put('h', resolvedHost);
        tokens.put('n', alias);
        tokens.put('p', Integer.toString(resolvedPort));
        tokens.put('r', resolvedUser);
        tokens.put('u', account.userName());
        List<String> identities = identityFiles.isEmpty()
                ? List.of("~/.ssh/id_ed25519", "~/.ssh/id_ecdsa", "~/.ssh/id_rsa") : identityFiles;
        List<String> knownHosts = knownHostsFiles == null
                ? List.of("~/.ssh/known_hosts", "~/.ssh/known_hosts2") : knownHostsFiles;
        return new HostTarget(alias, resolvedHost, resolvedPort, resolvedUser, paths(identities, home, tokens),
                proxyJump == null ? List.of() : proxyJump, paths(knownHosts, home, tokens),
                hostKeyChecking == null ? HostKeyChecking.ASK : hostKeyChecking,
                connectTimeout == null ? HostTarget.DEFAULT_CONNECT_TIMEOUT : connectTimeout,
                serverAliveInterval == null ? HostTarget.DEFAULT_SERVER_ALIVE : serverAliveInterval,
                serverAliveCountMax == null ? DEFAULT_SERVER_ALIVE_COUNT_MAX : serverAliveCountMax);
    }

    private static List<Path> paths(List<String> values, Path home, Map<Character, String> tokens) {
        List<Path> paths = new ArrayList<>(values.size());
        for (String value : values) {
            // OpenSSH expands the tilde first, then the tokens.
            String expanded = SshTokens.expand(SshTokens.expandTilde(value, home), tokens);
            try {
                paths.add(Path.of(expanded));
            } catch (InvalidPathException e) {
                // Only a token value (a host or user name) can make a checked path invalid; such a file cannot exist.
            }
        }
        return paths;
    }
}
