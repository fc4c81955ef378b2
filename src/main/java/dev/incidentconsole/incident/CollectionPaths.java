package dev.incidentconsole.incident;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The remote paths a responder asks to collect, checked before anything reaches a host: absolute, one line each,
 * no NUL, no repeats, and few enough that a slip of the paste cannot start hundreds of transfers.
 */
public final class CollectionPaths {

    public static final int MAX_PATHS = dev.incidentconsole.runbook.Step.MAX_FILES_TO_COLLECT;
    /** PATH_MAX on Linux; a longer path cannot name a file there. */
    public static final int MAX_LENGTH = 4096;

    private CollectionPaths() {
    }

    /**
     * Reads one path per line of {@code text}, blank lines ignored and surrounding spaces trimmed. Throws
     * IllegalArgumentException naming the first bad line (counting from 1, blank lines included).
     */
    public static List<String> parse(String text) {
        List<String> paths = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = (text == null ? "" : text).split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String path = lines[i].strip();
            if (path.isEmpty()) {
                continue;
            }
            Optional<String> problem = problemWith(path);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + problem.get());
            }
            if (!seen.add(path)) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + path + " is already listed above");
            }
            paths.add(path);
            if (paths.size() > MAX_PATHS) {
                throw new IllegalArgumentException("line " + (i + 1) + ": at most " + MAX_PATHS
                        + " files can be collected at once; collect the rest in a second round");
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("name at least one file to collect, one absolute path per line");
        }
        return List.copyOf(paths);
    }

    /** What is wrong with {@code text} as {@link #parse} reads it, or empty when it is a usable list. */
    public static Optional<String> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Checks a list given in code the same way a typed list is checked. */
    static List<String> check(List<String> paths) {
        for (String path : paths) {
            if (path == null || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a path to collect cannot hold a line break: " + quoted(path));
            }
        }
        List<String> parsed = parse(String.join("\n", paths));
        if (parsed.size() != paths.size() || !parsed.equals(paths)) {
            throw new IllegalArgumentException("paths to collect must be given without blank entries or surrounding"
                    + " spaces: " + paths);
        }
        return parsed;
    }

    private static Optional<String> problemWith(String path) {
        if (path.indexOf('\0') >= 0) {
            return Optional.of("a path cannot contain a NUL character");
        }
        if (!path.startsWith("/")) {
            return Optional.of(quoted(path) + " is not an absolute path; start it with / (for example /var/log/mcp/gateway.log)");
        }
        if (path.length() > MAX_LENGTH) {
            return Optional.of("the path is longer than " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    private static String quoted(String path) {
        return path == null ? "(none)" : "'" + (path.length() > 80 ? path.substring(0, 80) + "\u2026" : path) + "'";
    }
}
