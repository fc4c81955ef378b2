package dev.incidentconsole.runbook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a shell block alters the host and whether it runs for long. Erring towards "change" is the
 * safe side: a change needs a confirmation, a diagnostic does not.
 */
public final class CommandClassifier {

    /**
     * What the classifier concluded. {@code estimate} is how long the block sleeps or is capped to run;
     * {@code bounded} is false when something in it (a watch, a follow, a loop forever) has no natural end.
     */
    public record Classification(CommandKind kind, List<String> reasons, boolean longRunning, Duration estimate,
                                 boolean bounded) {
    }

    /** A run-time estimate and whether the block ends by itself. */
    record RunTime(Duration estimate, boolean bounded) {
    }

    private static final Duration LONG = Duration.ofSeconds(60);

    private static final Map<String, String> ALWAYS_CHANGE = Map.ofEntries(
            Map.entry("rm", "deletes files"), Map.entry("rmdir", "deletes directories"), Map.entry("shred", "destroys files"),
            Map.entry("unlink", "deletes files"), Map.entry("truncate", "truncates files"), Map.entry("mv", "moves files"),
            Map.entry("cp", "writes files"), Map.entry("ln", "creates links"), Map.entry("mkdir", "creates directories"),
            Map.entry("touch", "writes files"), Map.entry("chown", "changes ownership"), Map.entry("chmod", "changes permissions"),
            Map.entry("chgrp", "changes ownership"), Map.entry("chattr", "changes file attributes"),
            Map.entry("setfacl", "changes ACLs"), Map.entry("useradd", "changes accounts"), Map.entry("usermod", "changes accounts"),
            Map.entry("userdel", "changes accounts"), Map.entry("groupadd", "changes accounts"), Map.entry("gpasswd", "changes accounts"),
            Map.entry("passwd", "changes passwords"), Map.entry("chpasswd", "changes passwords"), Map.entry("reboot", "reboots"),
            Map.entry("shutdown", "shuts down"), Map.entry("halt", "halts"), Map.entry("poweroff", "powers off"),
            Map.entry("umount", "unmounts"), Map.entry("swapoff", "changes swap"), Map.entry("swapon", "changes swap"),
            Map.entry("dd", "writes raw data"), Map.entry("pkill", "kills processes"), Map.entry("killall", "kills processes"),
            Map.entry("gcore", "writes a core file"), Map.entry("install", "installs files"), Map.entry("patch", "patches files"),
            Map.entry("unzip", "extracts files"), Map.entry("rsync", "copies files"), Map.entry("scp", "copies files"),
            Map.entry("visudo", "edits sudoers"), Map.entry("modprobe", "loads kernel modules"), Map.entry("insmod", "loads kernel modules"),
            Map.entry("rmmod", "unloads kernel modules"), Map.entry("iptables-restore", "replaces firewall rules"),
            Map.entry("ip6tables-restore", "replaces firewall rules"), Map.entry("tcpdump", "captures traffic to a file"));

    private static final Map<String, Pattern> CHANGING_VERBS = Map.ofEntries(
            Map.entry("systemctl", Pattern.compile("restart|stop|start|reload|try-restart|reload-or-restart|try-reload-or-restart|enable|disable|mask|unmask|kill|daemon-reload|daemon-reexec|isolate|set-property|edit|revert|reset-failed|link|preset")),
            Map.entry("apt", Pattern.compile("install|upgrade|dist-upgrade|full-upgrade|remove|purge|autoremove|update|reinstall")),
            Map.entry("apt-get", Pattern.compile("install|upgrade|dist-upgrade|remove|purge|autoremove|update|reinstall")),
            Map.entry("yum", Pattern.compile("install|update|upgrade|remove|erase")),
            Map.entry("dnf", Pattern.compile("install|update|upgrade|remove|erase")),
            Map.entry("snap", Pattern.compile("install|remove|refresh|revert")),
            Map.entry("npm", Pattern.compile("install|i|ci|update|uninstall|dedupe|prune|link")),
            Map.entry("pip", Pattern.compile("install|uninstall")), Map.entry("pip3", Pattern.compile("install|uninstall")),
            Map.entry("docker", Pattern.compile("stop|kill|rm|restart|start|run|pull|pause|unpause|update|rmi|prune|create")),
            Map.entry("podman", Pattern.compile("stop|kill|rm|restart|start|run|pull|pause|unpause|update|rmi|prune|create")),
            Map.entry("kubectl", Pattern.compile("delete|apply|scale|rollout|patch|edit|cordon|uncordon|drain|create|replace|set|label|annotate")),
            Map.entry("git", Pattern.compile("pull|checkout|switch|reset|clean|commit|push|merge|rebase|apply|stash|restore")),
            Map.entry("ufw", Pattern.compile("allow|deny|reject|limit|delete|insert|enable|disable|reset|reload|default")),
            Map.entry("ip", Pattern.compile("(link|addr|address|route|neigh|rule)\\s+(set|add|del|delete|replace|change|flush)")),
            Map.entry("journalctl", Pattern.compile("--rotate|--vacuum-\\S+|--flush")),
            Map.entry("hostnamectl", Pattern.compile("set-\\S+")), Map.entry("timedatectl", Pattern.compile("set-\\S+")),
            Map.entry("amtool", Pattern.compile("silence\\s+(add|expire|import)")));

    private static final Pattern REDIRECT = Pattern.compile("(?:\\d|&)?>>?\\s*(?!&)([^\\s;&|<>()]+)");
    private static final Pattern SLEEP = Pattern.compile("\\bsleep\\s+(\\d+)([smhd]?)\\b");
    private static final Pattern LOOP_COUNT = Pattern.compile("\\{\\s*\\d+\\s*\\.\\.\\s*(\\d+)\\s*\\}|\\bseq\\s+(?:\\d+\\s+)?(\\d+)");
    private static final Pattern TIMEOUT = Pattern.compile("\\btimeout\\s+(?:-\\S+\\s+)*(\\d+)([smhd]?)\\b");

    public Classification classify(String script) {
        Set<String> reasons = new LinkedHashSet<>();
        for (ShellSegments.Segment segment : ShellSegments.split(script)) {
            String reason = changeReason(segment);
            if (reason != null) {
                reasons.add(segment.command() + " " + reason);
            }
        }
        Matcher redirect = REDIRECT.matcher(ShellSegments.unquotedText(script));
        while (redirect.find()) {
            String target = redirect.group(1);
            if (!target.startsWith("/dev/") ) {
                reasons.add("redirects output into " + target);
            }
        }
        RunTime runTime = runTime(script);
        CommandKind kind = reasons.isEmpty() ? CommandKind.DIAGNOSTIC : CommandKind.CHANGE;
        boolean longRunning = !runTime.bounded() || runTime.estimate().compareTo(LONG) >= 0;
        return new Classification(kind, List.copyOf(reasons), longRunning, runTime.estimate(), runTime.bounded());
    }

    private static String changeReason(ShellSegments.Segment s) {
        String cmd = s.command();
        String args = String.join(" ", s.args());
        if (ALWAYS_CHANGE.containsKey(cmd)) {
            return ALWAYS_CHANGE.get(cmd);
        }
        if (cmd.matches("mkfs(\\..*)?")) return "formats a file system";
        Pattern verbs = CHANGING_VERBS.get(cmd);
        if (verbs != null && Pattern.compile("(^|\\s)(" + verbs.pattern() + ")(\\s|$)").matcher(args).find()) {
            return "changes state (" + cmd + " " + firstMatch(verbs, args) + ")";
        }
        switch (cmd) {
            case "kill":
                return s.hasArg("-0", "-l") ? null : "signals processes";
            case "service":
                return args.matches(".*\\s(start|stop|restart|reload|force-reload)\\b.*") ? "changes a service" : null;
            case "mount":
                return s.args().isEmpty() || s.hasArg("-l") ? null : "mounts file systems";
            case "crontab":
                return s.hasArg("-l") ? null : "replaces a crontab";
            case "tee":
                return s.args().stream().anyMatch(a -> !a.startsWith("-") && !a.startsWith("/dev/")) ? "writes files" : null;
            case "sed":
            case "perl":
                return s.hasArg("-i", "--in-place") || s.hasArgStartingWith("-i") && cmd.equals("sed") ? "edits files in place" : null;
            case "sysctl":
                return s.hasArg("-w", "-p", "--system", "--load", "--write") || args.matches(".*\\S=\\S.*")
                        ? "changes kernel settings" : null;
            case "iptables":
            case "ip6tables":
                return args.matches(".*(^|\\s)(-[AIDRFXNPZE]|--(append|insert|delete|replace|flush|delete-chain|new-chain|policy|zero|rename-chain))(\\s|$).*")
                        ? "changes firewall rules" : null;
            case "nft":
                return args.matches(".*(^|\\s)(add|delete|flush|insert|replace|create|destroy|-f)(\\s|$).*") ? "changes firewall rules" : null;
            case "firewall-cmd":
                return args.matches(".*--(add|remove|reload|set|new|delete|permanent|complete-reload|change).*") ? "changes firewall rules" : null;
            case "dpkg":
                return s.hasArg("-i", "--install", "-r", "--remove", "-P", "--purge", "--configure") ? "changes packages" : null;
            case "tar":
                return s.firstArg().matches("-?[A-Za-z]*x[A-Za-z]*") || s.hasArg("--extract", "-x") ? "extracts files" : null;
            case "find":
                return s.hasArg("-delete") || args.matches(".*-exec(dir)?\\s+(rm|mv|chmod|chown|cp|sed)\\b.*") ? "deletes or alters what it finds" : null;
            case "curl":
                return args.matches(".*(-X|--request)\\s*(POST|PUT|DELETE|PATCH).*")
                        || s.hasArg("-d", "--data", "--data-raw", "--data-binary", "-F", "--form", "-T", "--upload-file")
                        ? "sends a request that changes state" : null;
            case "wget":
                return s.hasArg("--spider") || args.matches(".*-O\\s*(-|/dev/null)(\\s|$).*") ? null : "downloads files";
            case "logrotate":
                return s.hasArg("-f", "--force") ? "rotates logs" : null;
            case "fsck":
            case "e2fsck":
                return s.hasArg("-n") ? null : "repairs file systems";
            default:
                return null;
        }
    }

    private static String firstMatch(Pattern verbs, String args) {
        Matcher m = Pattern.compile("(^|\\s)(" + verbs.pattern() + ")(\\s|$)").matcher(args);
        return m.find() ? m.group(2) : "";
    }

    /** Rough run time: sleeps times the loop count, unbounded watches and follows, capped by {@code timeout N}. */
    static RunTime runTime(String script) {
        List<ShellSegments.Segment> segments = ShellSegments.split(script);
        String text = ShellSegments.unquotedText(script);
        boolean unbounded = text.contains("--continuous") || text.matches("(?s).*\\bwhile\\s+(true|:)\\b.*");
        for (ShellSegments.Segment s : segments) {
            switch (s.command()) {
                case "watch": unbounded = true; break;
                case "tail": if (s.hasArg("-f", "-F", "--follow") || s.hasArgStartingWith("--follow")) unbounded = true; break;
                case "journalctl": if (s.hasArg("-f", "--follow")) unbounded = true; break;
                case "top": if (!s.hasArg("-b") && !s.hasArgStartingWith("-bn") && !s.hasArgStartingWith("-n")) unbounded = true; break;
                default: break;
            }
        }
        Matcher cap = TIMEOUT.matcher(text);
        Duration capped = cap.find() ? DurationText.parse(cap.group(1) + (cap.group(2).isEmpty() ? "s" : cap.group(2))).orElse(null) : null;
        Duration sleeps = Duration.ZERO;
        Matcher sleep = SLEEP.matcher(text);
        while (sleep.find()) {
            sleeps = sleeps.plus(DurationText.parse(sleep.group(1) + (sleep.group(2).isEmpty() ? "s" : sleep.group(2))).orElse(Duration.ZERO));
        }
        Matcher loop = LOOP_COUNT.matcher(text);
        long iterations = 1;
        while (loop.find()) {
            String count = loop.group(1) != null ? loop.group(1) : loop.group(2);
            iterations = Math.max(iterations, Math.min(100_000, Long.parseLong(count)));
        }
        Duration total = sleeps.multipliedBy(iterations);
        if (capped != null && (unbounded || capped.compareTo(total) < 0)) {
            return new RunTime(capped, true);
        }
        return new RunTime(total, !unbounded);
    }

    /** A timeout that leaves room for the estimate, in whole minutes; a block with no natural end gets at least 15. */
    public static Duration suggestedTimeout(Classification c) {
        long seconds = c.estimate().getSeconds() * 5 / 4 + 30;
        long minutes = Math.max(c.bounded() ? Command.DEFAULT_TIMEOUT.toMinutes() : 15, (seconds + 59) / 60);
        return Duration.ofMinutes(minutes);
    }

}
