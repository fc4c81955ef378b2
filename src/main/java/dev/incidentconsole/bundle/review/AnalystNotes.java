package dev.incidentconsole.bundle.review;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.incidentconsole.evidence.EntryHashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An analyst's notes on one bundle, kept in a folder of their own ({@code reviews/<bundle sha256>.json} in the
 * app's data folder), never in the bundle: the bundle stays byte for byte what was signed. Notes are keyed by the
 * SHA-256 of the zip, so a renamed copy of the same bundle finds them and a different bundle never does.
 * Each note is saved as it is added; the file is replaced in one move, so it is never half written.
 */
public final class AnalystNotes {

    static final String FORMAT = "mcp-incident-review-notes";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** The notes file. */
    record Stored(String format, int formatVersion, String bundleSha256, String bundleFile, List<AnalystNote> notes) {
    }

    private final Path file;
    private final String bundleSha256;
    private final String bundleFile;
    private final List<AnalystNote> notes;

    private AnalystNotes(Path file, String bundleSha256, String bundleFile, List<AnalystNote> notes) {
        this.file = file;
        this.bundleSha256 = bundleSha256;
        this.bundleFile = bundleFile;
        this.notes = new ArrayList<>(notes);
    }

    /** The notes on {@code bundle} kept in {@code folder}, none yet if there is no file. Reads the whole zip once. */
    public static AnalystNotes open(Path folder, Path bundle) throws IOException {
        return open(folder, sha256Of(bundle), bundle.getFileName().toString());
    }

    public static AnalystNotes open(Path folder, String bundleSha256, String bundleFile) throws IOException {
        if (!bundleSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in lowercase hex: " + bundleSha256);
        }
        Path file = folder.resolve(bundleSha256 + ".json");
        if (!Files.exists(file)) {
            return new AnalystNotes(file, bundleSha256, bundleFile, List.of());
        }
        Stored stored;
        try {
            stored = JSON.readValue(file.toFile(), Stored.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IOException("the analyst notes in " + file + " cannot be read (" + e.getMessage().lines()
                    .findFirst().orElse("") + "); move the file aside to start afresh", e);
        }
        if (stored == null || !FORMAT.equals(stored.format()) || !bundleSha256.equals(stored.bundleSha256())) {
            throw new IOException("the file " + file + " is not the analyst notes of the bundle with SHA-256 "
                    + bundleSha256 + "; move it aside to start afresh");
        }
        return new AnalystNotes(file, bundleSha256, bundleFile, stored.notes() == null ? List.of() : stored.notes());
    }

    /** SHA-256 of a file's bytes, streamed. */
    public static String sha256Of(Path bundle) throws IOException {
        MessageDigest digest = EntryHashing.sha256();
        byte[] buffer = new byte[256 * 1024];
        try (InputStream in = Files.newInputStream(bundle)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public Path file() {
        return file;
    }

    public String bundleSha256() {
        return bundleSha256;
    }

    public String bundleFile() {
        return bundleFile;
    }

    /** Oldest first. */
    public synchronized List<AnalystNote> notes() {
        return List.copyOf(notes);
    }

    /** Adds the note and saves every note; if saving fails the note is not kept either. */
    public synchronized AnalystNote add(AnalystNote note) throws IOException {
        notes.add(note);
        try {
            save();
        } catch (IOException | RuntimeException e) {
            notes.remove(notes.size() - 1);
            throw e;
        }
        return note;
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "." + bundleSha256, ".part");
        try {
            JSON.writeValue(partial.toFile(), new Stored(FORMAT, 1, bundleSha256, bundleFile, notes));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
