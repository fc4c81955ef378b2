package dev.incidentconsole.remote;

import dev.incidentconsole.remote.HostTarget.HostKeyChecking;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns one ssh_config option line into a {@link ConfigEntry.Setting}, checking its value. A bad value becomes
 * a warning and the line is skipped, so it never counts as the "first obtained" value. Keywords this app does
 * not use are ignored without a word, like the many OpenSSH options a responder's config may hold.
 */
final class SettingParser {

    /** The spellings used in messages, by lower-case keyword. */
    private static final Map<String, String> NAMES = Map.of("hostname", "HostName", "user", "User", "port", "Port",
            "identityfile", "IdentityFile", "proxyjump", "ProxyJump", "userknownhostsfile", "UserKnownHostsFile",
            "stricthostkeychecking", "StrictHostKeyChecking", "connecttimeout", "ConnectTimeout",
            "serveraliveinterval", "ServerAliveInterval", "serveralivecountmax", "ServerAliveCountMax");

    private final Consumer<String> warn;

    /** {@code warn} receives messages for the line being parsed; the caller adds file and line. */
    SettingParser(Consumer<String> warn) {
        this.warn = warn;
    }

    Optional<ConfigEntry.Setting> parse(String keyword, List<String> args) {
        String key = keyword.toLowerCase(Locale.ROOT);
        String name = NAMES.get(key);
        if (name == null) {
            return Optional.empty();
        }
        if (args.isEmpty()) {
            warn.accept(name + ": missing argument");
            return Optional.empty();
        }
        if (key.equals("userknownhostsfile")) {
            return knownHostsFiles(name, args);
        }
        if (args.size() > 1) {
            warn.accept(name + ": expected one argument, found " + args.size() + " (quote values with blanks); line ignored");
            return Optional.empty();
        }
        String value = args.get(0);
        switch (key) {
            case "hostname":
                tokensAllowed(name, value, SshTokens.HOST_NAME_TOKENS);
                return setting(name, o -> o.offerHostName(value));
            case "user":
                return setting(name, o -> o.offerUser(value));
            case "port":
                return port(name, value);
            case "identityfile":
                return usablePath(name, value) ? setting(name, o -> o.addIdentityFile(value)) : Optional.empty();
            case "proxyjump":
                return proxyJump(name, value);
            case "stricthostkeychecking":
                return hostKeyChecking(name, value);
            case "serveralivecountmax":
                return count(name, value);
            case "connecttimeout":
                return duration(name, value).flatMap(d -> setting(name, o -> o.offerConnectTimeout(d)));
            case "serveraliveinterval":
                return duration(name, value).flatMap(d -> setting(name, o -> o.offerServerAliveInterval(d)));
            default:
                throw new IllegalStateException("no parser for " + name);
        }
    }

    private Optional<ConfigEntry.Setting> port(String name, String value) {
        Optional<Integer> port = wholeNumber(value).filter(p -> p >= 1 && p <= 65535);
        if (port.isEmpty()) {
            warn.accept("bad " + name + " '" + value + "': must be a number from 1 to 65535; line ignored");
            return Optional.empty();
        }
        return setting(name, o -> o.offerPort(port.get()));
    }

    private Optional<ConfigEntry.Setting> proxyJump(String name, String value) {
        if (value.equalsIgnoreCase("none")) {
            return setting(name, o -> o.offerProxyJump(List.of()));
        }
        List<String> hops = new ArrayList<>();
        for (String hop : value.split(",", -1)) {
            if (hop.isBlank()) {
                warn.accept(name + " '" + value + "' has an empty hop; line ignored");
                return Optional.empty();
            }
            hops.add(hop.strip());
        }
        return setting(name, o -> o.offerProxyJump(hops));
    }

    private Optional<ConfigEntry.Setting> knownHostsFiles(String name, List<String> args) {
        if (args.size() == 1 && args.get(0).equalsIgnoreCase("none")) {
            return setting(name, o -> o.offerKnownHostsFiles(List.of()));
        }
        for (String file : args) {
            if (!usablePath(name, file)) {
                return Optional.empty();
            }
        }
        List<String> files = List.copyOf(args);
        return setting(name, o -> o.offerKnownHostsFiles(files));
    }

    private Optional<ConfigEntry.Setting> hostKeyChecking(String name, String value) {
        HostKeyChecking checking;
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yes": case "true": checking = HostKeyChecking.STRICT; break;
            case "ask": checking = HostKeyChecking.ASK; break;
            case "accept-new": checking = HostKeyChecking.ACCEPT_NEW; break;
            case "no": case "off": case "false":
                // The console never connects to a host whose key nobody checked; "no" still asks the responder.
                warn.accept(name + " " + value + " is not honoured: unknown host keys still need the responder's approval (ask)");
                checking = HostKeyChecking.ASK;
                break;
            default:
                warn.accept("bad " + name + " '" + value + "': expected yes, ask, accept-new or no; line ignored");
                return Optional.empty();
        }
        return setting(name, o -> o.offerHostKeyChecking(checking));
    }

    private Optional<ConfigEntry.Setting> count(String name, String value) {
        Optional<Integer> count = wholeNumber(value).filter(n -> n >= 0);
        if (count.isEmpty()) {
            warn.accept("bad " + name + " '" + value + "': expected a whole number; line ignored");
            return Optional.empty();
        }
        return setting(name, o -> o.offerServerAliveCountMax(count.get()));
    }

    private static Optional<Integer> wholeNumber(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Duration> duration(String name, String value) {
        long seconds = SshTime.seconds(value);
        if (seconds < 0) {
            warn.accept("bad " + name + " '" + value + "': expected seconds, or a time such as 1m30s; line ignored");
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private void tokensAllowed(String name, String value, String allowed) {
        for (String token : SshTokens.unsupported(value, allowed)) {
            warn.accept(name + ": token " + token + " is not supported and is left as written");
        }
    }

    private boolean usablePath(String name, String value) {
        tokensAllowed(name, value, SshTokens.FILE_TOKENS);
        try {
            Path.of(value);
            return true;
        } catch (InvalidPathException e) {
            warn.accept(name + " '" + value + "' is not a valid path; line ignored");
            return false;
        }
    }

    private static Optional<ConfigEntry.Setting> setting(String name, Consumer<HostOptions> apply) {
        return Optional.of(new ConfigEntry.Setting(name, apply));
    }
}
