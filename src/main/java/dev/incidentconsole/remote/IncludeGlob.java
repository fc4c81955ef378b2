package dev.incidentconsole.remote;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The paths an {@code Include} argument names, as OpenSSH finds them: {@code ~} is the home directory, a
 * relative path lives in {@code ~/.ssh}, and {@code *}, {@code ?} and {@code [...]} may appear in any part of
 * the path, matching like glob(3) (sorted, and a wildcard never matches a leading dot). The wildcards are
 * handled as text, never put in a {@link Path}, because Windows refuses them there.
 */
final class IncludeGlob {

    private static final String SEPARATORS = File.separatorChar == '\\' ? "[/\\\\]" : "/";

    private IncludeGlob() {
    }

    /**
     * A path without wildcards comes back as is, existing or not; a pattern gives only what exists.
     *
     * @throws java.nio.file.InvalidPathException when the part before the first wildcard is not a path
     */
    static List<Path> expand(String argument, LocalAccount account) {
        String text = SshTokens.expandTilde(argument, account.home());
        String[] parts = text.split(SEPARATORS, -1);
        int firstWildcard = 0;
        while (firstWildcard < parts.length && !hasWildcard(parts[firstWildcard])) {
            firstWildcard++;
        }
        if (firstWildcard == parts.length) {
            return List.of(anchor(Path.of(text), account));
        }
        // The trailing slash keeps "/" and "C:/" roots absolute.
        String fixed = firstWildcard == 0 ? "" : String.join("/", Arrays.asList(parts).subList(0, firstWildcard)) + "/";
        Path base = anchor(Path.of(fixed), account);
        List<Path> found = List.of(base);
        for (String part : Arrays.asList(parts).subList(firstWildcard, parts.length)) {
            List<Path> next = new ArrayList<>();
            for (Path dir : found) {
                if (hasWildcard(part)) {
                    next.addAll(matching(dir, part));
                } else if (!part.isEmpty()) {
                    next.add(dir.resolve(part));
                } else {
                    next.add(dir);
                }
            }
            found = next;
        }
        List<Path> existing = new ArrayList<>(found);
        existing.removeIf(p -> !Files.exists(p));
        existing.sort(Comparator.comparing(Path::toString));
        return existing;
    }

    private static Path anchor(Path path, LocalAccount account) {
        return path.isAbsolute() ? path : account.sshDir().resolve(path);
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
