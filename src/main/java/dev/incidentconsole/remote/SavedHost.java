package dev.incidentconsole.remote;

import java.util.List;

/**
 * A host the responder saved in the app rather than in ssh_config. Only {@code alias} is required; the other
 * fields are null (or empty) when not set, and then ssh_config or the defaults decide.
 */
public record SavedHost(String alias, String hostName, Integer port, String user, List<String> proxyJump) {

    public SavedHost {
        checkName(alias, "host alias");
        hostName = blankToNull(hostName);
        user = blankToNull(user);
        if (hostName != null && hostName.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("host name '" + hostName + "' contains a blank");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("port " + port + " of " + alias + " is not from 1 to 65535");
        }
        proxyJump = proxyJump == null ? List.of() : List.copyOf(proxyJump);
        if (proxyJump.stream().anyMatch(hop -> hop.isBlank() || hop.contains(","))) {
            throw new IllegalArgumentException("jump hosts of " + alias + " must be non-empty names without commas");
        }
    }

    public SavedHost(String alias, String hostName, Integer port, String user) {
        this(alias, hostName, port, user, List.of());
    }

    /** Fills in what ssh_config left unset: a saved host acts as a Host block placed after the whole ssh_config. */
    void fillIn(HostOptions options) {
        if (hostName != null) options.offerHostName(hostName);
        if (port != null) options.offerPort(port);
        if (user != null) options.offerUser(user);
        if (!proxyJump.isEmpty()) options.offerProxyJump(proxyJump);
    }

    /**
     * Aliases and group names must survive a comma list such as {@code a,b,@group} and must not read as an
     * ssh_config pattern.
     */
    static void checkName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == ','
                || c == '*' || c == '?')) {
            throw new IllegalArgumentException(what + " '" + name + "' may not contain blanks, commas, '*' or '?'");
        }
        if (name.startsWith("!") || name.startsWith("@")) {
            throw new IllegalArgumentException(what + " '" + name + "' may not start with '!' or '@'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
