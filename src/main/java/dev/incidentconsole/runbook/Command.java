package dev.incidentconsole.runbook;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fenced shell block of a step, with its options. {@code kindDeclared} tells whether the author wrote the
 * kind or the classifier inferred it; {@code line} is the first line of the script in the source file and
 * {@code column} the indentation of the fence.
 */
public record Command(String script, String shell, CommandKind kind, boolean kindDeclared, Duration timeout,
                      boolean background, Set<Integer> expectExit, Pattern expect, int line, int column) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    public Command {
        expectExit = Set.copyOf(expectExit);
    }

    public Duration effectiveTimeout() {
        return timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    public boolean exitCodeExpected(int exitCode) {
        return expectExit.contains(exitCode);
    }
}
