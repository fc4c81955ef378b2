package dev.incidentconsole.remote;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A command to run on a host: a script for a POSIX shell and the parameter values it may refer to. Values are
 * never spliced into the script: they travel as single-quoted environment assignments in front of the shell,
 * and the remote shell expands {@code ${NAME}} itself.
 */
public record CommandSpec(String script, String shell, Map<String, String> environment, Duration timeout, String runTag) {

    private static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");
    private static final Pattern SHELL = Pattern.compile("^(bash|sh)$");

    public CommandSpec {
        if (!SHELL.matcher(shell).matches()) {
            throw new IllegalArgumentException("shell must be bash or sh, not " + shell);
        }
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (!NAME.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("not an environment variable name: " + e.getKey());
            }
            if (e.getValue().indexOf('\0') >= 0) {
                throw new IllegalArgumentException(e.getKey() + " contains a NUL byte, which no shell can carry");
            }
        }
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        if (runTag != null && !RUN_TAG.matcher(runTag).matches()) {
            throw new IllegalArgumentException("run tag must be letters, digits and dashes: " + runTag);
        }
    }

    /** A spec whose run tag the transport chooses. */
    public CommandSpec(String script, String shell, Map<String, String> environment, Duration timeout) {
        this(script, shell, environment, timeout, null);
    }

    /**
     * The same command with a run tag chosen by the caller, who then knows the exact command line before the run
     * starts (the evidence records it from the first moment).
     */
    public CommandSpec withRunTag(String tag) {
        return new CommandSpec(script, shell, environment, timeout, tag);
    }

    /** A fresh, unguessable run tag. */
    public static String newRunTag() {
        return "incident-console-" + Long.toHexString(RUN_IDS.nextLong() & Long.MAX_VALUE);
    }

    private static final java.security.SecureRandom RUN_IDS = new java.security.SecureRandom();

    public static CommandSpec bash(String script, Duration timeout) {
        return new CommandSpec(script, "bash", Map.of(), timeout);
    }

    public CommandSpec withEnvironment(Map<String, String> values) {
        return new CommandSpec(script, shell, values, timeout, runTag);
    }

    /**
     * The exact text sent to the remote login shell:
     * {@code exec env NAME='value' ... bash --norc -c 'script' RUN_TAG </dev/null}. {@code exec} keeps one
     * process from sshd down to the script, so signals and exit statuses reach us unchanged; {@code env} keeps the
     * assignments valid whatever the login shell is; the run tag becomes the shell's {@code $0}, so this one run
     * can be found in the process table and stopped from a second session. {@code --norc}: bash run under sshd
     * otherwise sources the responder's ~/.bashrc again, which can cost more than the command itself and put
     * aliases and prompts into a diagnostic. Nothing is ever sent on stdin, so it is closed: a command that
     * reads it ends at once instead of waiting for its timeout.
     */
    public String remoteCommandLine(String runTag) {
        if (!RUN_TAG.matcher(runTag).matches()) {
            throw new IllegalArgumentException("run tag must be letters, digits and dashes: " + runTag);
        }
        // Without parameters there is nothing for env to set, and one exec fewer per command.
        StringBuilder line = new StringBuilder(environment.isEmpty() ? "exec" : "exec env");
        environment.forEach((name, value) -> line.append(' ').append(name).append('=').append(singleQuoted(value)));
        return line.append(' ').append(shell).append(shell.equals("bash") ? " --norc -c " : " -c ").append(singleQuoted(script)).append(' ').append(runTag)
                .append(" </dev/null").toString();
    }

    private static final Pattern RUN_TAG = Pattern.compile("^[A-Za-z][A-Za-z0-9-]{3,63}$");

    /** POSIX single quoting: everything literal, a quote written as {@code '\''}. */
    public static String singleQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
