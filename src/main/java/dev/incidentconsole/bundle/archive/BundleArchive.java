package dev.incidentconsole.bundle.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A received bundle, opened for reading only after its whole central directory passed every check: safe relative
 * names, regular files only, no duplicates or case clashes, declared sizes and ratios within {@link BundleLimits},
 * headers that agree, entries that neither overlap nor hide bytes. Content is then streamed with the same limits
 * enforced on the bytes actually inflated.
 *
 * <p>Every refusal is a {@link BundleRejectedException} naming the entry and the reason; callers add the file's
 * path when they show it. The entry streams read the file by position, so several may be open at once.
 */
public final class BundleArchive implements Closeable {

    private final ArchiveFile file;
    private final Map<String, ArchiveEntry> files;

    private BundleArchive(ArchiveFile file, List<ArchiveEntry> entries) {
        this.file = file;
        Map<String, ArchiveEntry> regular = new LinkedHashMap<>();
        for (ArchiveEntry entry : entries) {
            if (!entry.folder()) {
                regular.put(entry.name(), entry);
            }
        }
        this.files = regular;
    }

    public static BundleArchive open(Path zip) throws IOException {
        return open(zip, BundleLimits.DEFAULTS);
    }

    public static BundleArchive open(Path zip, BundleLimits limits) throws IOException {
        ArchiveFile file = new ArchiveFile(zip);
        try {
            return new BundleArchive(file, new ArchiveInspector(file, limits).inspect());
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The regular files, in the order of the central directory; folder entries are left out. */
    public List<String> fileNames() {
        return List.copyOf(files.keySet());
    }

    public boolean contains(String name) {
        return files.containsKey(name);
    }

    /** The declared (and, once read, enforced) uncompressed size. */
    public long size(String name) throws BundleRejectedException {
        return entry(name).size();
    }

    /** Refuses a bundle that lacks any of {@code names}, naming the first one missing. */
    public void requireFiles(String... names) throws BundleRejectedException {
        for (String name : names) {
            entry(name);
        }
    }

    /**
     * The content of {@code name}. Reading fails with a {@link BundleRejectedException} as soon as the data goes
     * past its declared size, and at the end if the size or CRC-32 differ.
     */
    public InputStream open(String name) throws BundleRejectedException {
        return new EntryInputStream(file, entry(name));
    }

    /** A small file read whole (a manifest, SHA256SUMS), refused when it declares more than {@code maxBytes}. */
    public byte[] readAllBytes(String name, int maxBytes) throws IOException {
        ArchiveEntry entry = entry(name);
        if (entry.size() > maxBytes) {
            throw new BundleRejectedException(RejectionReason.ENTRY_TOO_LARGE, name, "is "
                    + SizeText.of(entry.size()) + "; at most " + SizeText.of(maxBytes) + " are expected for it");
        }
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    /**
     * Writes every regular file under {@code folder}, which must be empty or absent (so that nothing already there,
     * such as a symbolic link, can redirect a write). If any file fails its checks while being written, everything
     * extracted so far is removed again and the folder is left as it was found.
     */
    public void extractTo(Path folder) throws IOException {
        new Extraction(this::open).run(folder, fileNames());
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private ArchiveEntry entry(String name) throws BundleRejectedException {
        ArchiveEntry entry = files.get(name);
        if (entry == null) {
            throw new BundleRejectedException(RejectionReason.MISSING_FILE, name, "is missing from the bundle");
        }
        return entry;
    }
}
