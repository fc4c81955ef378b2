package dev.incidentconsole.remote;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The paths an {@code Include} argument names, as OpenSSH finds them: {@code ~} is the home directory, a
 * relative path lives in {@code ~/.ssh}, and {@code *}, {@code ?} and {@code [...]} may appear in any part of
 * the path, matching like glob(3) (sorted, and a wildcard never matches a leading dot).
 */
final class IncludeGlob {

    private IncludeGlob() {
    }

    /** The anchored path, with wildcards still in it. */
    static Path anchor(String argument, LocalAccount account) {
        Path path = Path.of(SshTokens.expandTilde(argument, account.home()));
        return path.isAbsolute() ? path : account.sshDir().resolve(path);
    }

    /** A path without wildcards comes back as is, existing or not; a pattern gives only what exists. */
    static List<Path> expand(Path anchored) {
        if (!hasWildcard(anchored.toString())) {
            return List.of(anchored);
        }
        List<Path> found = new ArrayList<>();
        found.add(anchored.getRoot() == null ? Path.of("") : anchored.getRoot());
        for (Path part : anchored) {
            String name = part.toString();
            List<Path> next = new ArrayList<>();
            for (Path dir : found) {
                if (hasWildcard(name)) {
                    next.addAll(matching(dir, name));
                } else {
                    next.add(dir.resolve(name));
                }
            }
            found = next;
        }
        found.removeIf(p -> !Files.exists(p));
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    private static List<Path> matching(Path dir, String pattern) {
        // Braces mean alternatives in Java globs but are plain characters in glob(3).
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher(
                "glob:" + pattern.replace("{", "\\{").replace("}", "\\}"));
        boolean dotsExplicit = pattern.startsWith(".");
        List<Path> matches = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return matches;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                Path name = entry.getFileName();
                if ((dotsExplicit || !name.toString().startsWith(".")) && matcher.matches(name)) {
                    matches.add(entry);
                }
            }
        } catch (IOException e) {
            // An unreadable directory matches nothing, as with glob(3).
        }
        return matches;
    }

    private static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }
}
