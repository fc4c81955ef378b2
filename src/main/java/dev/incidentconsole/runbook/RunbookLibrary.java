package dev.incidentconsole.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The runbooks a responder can open: those bundled with the application and those in the responder's own
 * folders. A user runbook with the same id as a bundled one replaces it, so a team can adapt the library.
 */
public final class RunbookLibrary {

    private static final String BUNDLED_FOLDER = "runbooks";

    private final List<Runbook> runbooks;
    private final List<ParseResult> results;

    private RunbookLibrary(List<ParseResult> results) {
        this.results = List.copyOf(results);
        Map<String, Runbook> byId = new LinkedHashMap<>();
        for (ParseResult result : results) {
            for (Runbook runbook : result.runbooks()) {
                byId.put(runbook.id(), runbook);
            }
        }
        List<Runbook> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(Runbook::title, String.CASE_INSENSITIVE_ORDER));
        this.runbooks = List.copyOf(sorted);
    }

    /** Bundled runbooks (when {@code includeBundled}) followed by every runbook file under {@code folders}. */
    public static RunbookLibrary load(boolean includeBundled, List<Path> folders) throws IOException {
        MarkdownRunbookParser parser = new MarkdownRunbookParser();
        List<ParseResult> results = new ArrayList<>();
        if (includeBundled) {
            results.addAll(bundled(parser));
        }
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                for (Path file : RunbookFiles.under(folder)) {
                    results.add(parser.parse(file));
                }
            }
        }
        return new RunbookLibrary(results);
    }

    public List<Runbook> runbooks() {
        return runbooks;
    }

    public List<ParseResult> results() {
        return results;
    }

    public Optional<Runbook> find(String id) {
        return runbooks.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Runbooks whose id, title, alert, severity, tags or incident types contain every word of the query. */
    public List<Runbook> search(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return runbooks.stream()
                .filter(r -> Arrays.stream(words).allMatch(w -> w.isEmpty() || r.searchText().contains(w)))
                .toList();
    }

    private static List<ParseResult> bundled(MarkdownRunbookParser parser) throws IOException {
        URL marker = RunbookLibrary.class.getClassLoader().getResource(BUNDLED_FOLDER + "/README.md");
        if (marker == null) {
            return List.of();
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem zip;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    zip = FileSystems.getFileSystem(uri);
                }
                return readBundled(parser, zip.getPath("/" + BUNDLED_FOLDER));
            }
            return readBundled(parser, Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled runbooks at " + marker, e);
        }
    }

    private static List<ParseResult> readBundled(MarkdownRunbookParser parser, Path folder) throws IOException {
        List<ParseResult> results = new ArrayList<>();
        for (Path file : RunbookFiles.under(folder)) {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(SourceText.MAX_BYTES + 1);
                results.add(parser.parse(BUNDLED_FOLDER + "/" + file.getFileName(), bytes, true));
            }
        }
        return results;
    }
}
