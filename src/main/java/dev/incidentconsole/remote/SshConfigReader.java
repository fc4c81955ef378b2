package dev.incidentconsole.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an OpenSSH client configuration and everything it includes. Never throws: a file that cannot be read,
 * a bad value or an unsupported block becomes a {@link ConfigWarning} naming the file and line, and reading
 * goes on, because a responder in an incident needs the hosts that do resolve.
 */
public final class SshConfigReader {

    /** OpenSSH's READCONF_MAX_DEPTH. */
    static final int MAX_INCLUDE_DEPTH = 16;

    private final LocalAccount account;

    public SshConfigReader(LocalAccount account) {
        this.account = account;
    }

    /** {@code ~/.ssh/config}, as {@code ssh} reads it without {@code -F}. */
    public SshConfig readDefault() {
        return read(account.defaultSshConfig());
    }

    /** {@code file} as {@code ssh -F file} reads it. A missing file gives an empty configuration. */
    public SshConfig read(Path file) {
        List<ConfigWarning> warnings = new ArrayList<>();
        List<ConfigEntry> entries;
        try {
            entries = readFile(file, new ArrayDeque<>(), warnings);
        } catch (NoSuchFileException e) {
            entries = List.of();
        } catch (IOException e) {
            warnings.add(new ConfigWarning(file, 0, "cannot read: " + reason(e)));
            entries = List.of();
        }
        return new SshConfig(new ConfigEntry.ConfigFile(file, entries), warnings, account);
    }

    private List<ConfigEntry> readFile(Path file, Deque<Path> chain, List<ConfigWarning> warnings) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        chain.push(file.toAbsolutePath().normalize());
        try {
            List<ConfigEntry> entries = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int lineNumber = i + 1;
                readLine(lines[i], file, lineNumber, chain, warnings).ifPresent(entries::add);
            }
            return entries;
        } finally {
            chain.pop();
        }
    }

    private Optional<ConfigEntry> readLine(String line, Path file, int lineNumber, Deque<Path> chain,
                                           List<ConfigWarning> warnings) {
        List<String> words;
        try {
            words = ConfigLineSplitter.split(line);
        } catch (ConfigLineSplitter.MalformedLine e) {
            warnings.add(new ConfigWarning(file, lineNumber, e.getMessage() + "; line ignored"));
            return Optional.empty();
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String keyword = words.get(0).toLowerCase(Locale.ROOT);
        List<String> args = words.subList(1, words.size());
        switch (keyword) {
            case "host":
                if (args.isEmpty()) {
                    warnings.add(new ConfigWarning(file, lineNumber, "Host without a pattern; its block never applies"));
                }
                return Optional.of(new ConfigEntry.HostLine(args));
            case "match":
                boolean all = args.size() == 1 && args.get(0).equalsIgnoreCase("all");
                if (!all) {
                    warnings.add(new ConfigWarning(file, lineNumber, "Match blocks are not supported (only 'Match all');"
                            + " the options up to the next Host or Match line are ignored"));
                }
                return Optional.of(new ConfigEntry.MatchLine(all));
            case "include":
                return Optional.of(include(args, file, lineNumber, chain, warnings));
            default:
                SettingParser parser = new SettingParser(m -> warnings.add(new ConfigWarning(file, lineNumber, m)));
                return parser.parse(words.get(0), args).map(ConfigEntry.class::cast);
        }
    }

    private ConfigEntry include(List<String> args, Path file, int lineNumber, Deque<Path> chain,
                                List<ConfigWarning> warnings) {
        List<ConfigEntry.ConfigFile> files = new ArrayList<>();
        if (args.isEmpty()) {
            warnings.add(new ConfigWarning(file, lineNumber, "Include: missing argument"));
        }
        for (String arg : args) {
            List<Path> paths;
            try {
                paths = IncludeGlob.expand(arg, account);
            } catch (InvalidPathException e) {
                warnings.add(new ConfigWarning(file, lineNumber, "Include '" + arg + "' is not a valid path"));
                continue;
            }
            for (Path path : paths) {
                includeOne(path, file, lineNumber, chain, warnings).ifPresent(files::add);
            }
        }
        return new ConfigEntry.Include(files);
    }

    private Optional<ConfigEntry.ConfigFile> includeOne(Path path, Path file, int lineNumber, Deque<Path> chain,
                                                        List<ConfigWarning> warnings) {
        if (chain.contains(path.toAbsolutePath().normalize())) {
            warnings.add(new ConfigWarning(file, lineNumber, "Include " + path + " would include itself again (a loop); skipped"));
            return Optional.empty();
        }
        if (chain.size() > MAX_INCLUDE_DEPTH) {
            warnings.add(new ConfigWarning(file, lineNumber, "Include " + path + " is nested more than "
                    + MAX_INCLUDE_DEPTH + " levels deep; skipped"));
            return Optional.empty();
        }
        try {
            return Optional.of(new ConfigEntry.ConfigFile(path, readFile(path, chain, warnings)));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // OpenSSH ignores includes that do not exist
        } catch (IOException e) {
            warnings.add(new ConfigWarning(file, lineNumber, "Include " + path + " cannot be read: " + reason(e)));
            return Optional.empty();
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
