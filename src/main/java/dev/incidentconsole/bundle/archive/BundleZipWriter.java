package dev.incidentconsole.bundle.archive;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams files into a bundle zip, never holding a whole file in memory, and hashes each while it passes
 * (so SHA256SUMS needs no second read). The output depends only on the names, contents and order given and on
 * the export time, which every entry carries: the same evidence exports to the same bytes.
 *
 * <p>Entries are DEFLATED at level 1. Evidence is mostly command output, which level 1 shrinks nearly as well as
 * the default level in a fraction of the time, and an export runs on a responder's laptop in the middle of an
 * incident; collected files that are already compressed cost little at level 1 either. Output that compresses
 * extremely well (a megabyte of zeros) is switched to stored blocks for a while so that no entry exceeds
 * {@link #MAX_RATIO}: {@link BundleArchive} refuses such entries as possible zip bombs, and our own bundles must
 * open with its default limits.
 */
public final class BundleZipWriter implements Closeable {

    /** Half of what the reader accepts by default, leaving room for the deflater's buffering. */
    static final int MAX_RATIO = BundleLimits.DEFAULTS.maxRatio() / 2;
    /** Smaller than the reader's ratio floor, so that an entry just above the floor is already capped. */
    private static final long RATIO_WATCH_FROM = 256 * 1024;
    private static final int SLICE = 64 * 1024;

    private final CountingStream counted;
    private final LevelSwitchingZipStream zip;
    private final LocalDateTime entryTime;
    private final Set<String> fileKeys = new HashSet<>();
    private final Set<String> folderKeys = new HashSet<>();
    private final List<WrittenEntry> written = new ArrayList<>();
    private final Path ownedFile;
    private String failedEntry;

    /** Takes ownership of {@code out}: {@link #close()} closes it. */
    public BundleZipWriter(OutputStream out, Instant exportTime) {
        this(out, exportTime, null);
    }

    private BundleZipWriter(OutputStream out, Instant exportTime, Path ownedFile) {
        this.ownedFile = ownedFile;
        this.counted = new CountingStream(new BufferedOutputStream(out, SLICE));
        this.zip = new LevelSwitchingZipStream(counted);
        // A zip's DOS time has no zone; the bundle's is UTC so that it does not depend on the exporting machine.
        this.entryTime = LocalDateTime.ofInstant(exportTime, ZoneOffset.UTC);
    }

    /** A new bundle file; an existing file is never overwritten. If an entry fails, closing deletes the file. */
    public static BundleZipWriter create(Path file, Instant exportTime) throws IOException {
        return new BundleZipWriter(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), exportTime, file);
    }

    public WrittenEntry write(String name, byte[] content) throws IOException {
        return write(name, out -> out.write(content));
    }

    /** Copies {@code content} to its end; the caller closes it. */
    public WrittenEntry write(String name, InputStream content) throws IOException {
        return write(name, out -> {
            byte[] buffer = new byte[SLICE];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                out.write(buffer, 0, n);
            }
        });
    }

    /**
     * Adds one file. A name that is not a safe relative path, or that would land on the same file as an earlier one
     * on a case-insensitive disk, is refused with {@link IllegalArgumentException}. If writing fails midway, the
     * writer refuses further entries and {@link #close()} leaves the output without a central directory, so that
     * no reader takes the partial bundle for a whole one.
     */
    public WrittenEntry write(String name, EntryContent content) throws IOException {
        return write(name, content, Deflater.BEST_SPEED);
    }

    /**
     * Like {@link #write(String, EntryContent)}, but the bytes go in as deflate's stored blocks (the entry is still
     * DEFLATED, so every unzip reads it): for large evidence outputs, which then export and verify at the speed of
     * hashing instead of that of compressing and inflating, at the cost of a larger bundle.
     */
    public WrittenEntry writeUncompressed(String name, EntryContent content) throws IOException {
        return write(name, content, Deflater.NO_COMPRESSION);
    }

    private WrittenEntry write(String name, EntryContent content, int level) throws IOException {
        Objects.requireNonNull(content, "content");
        if (failedEntry != null) {
            throw new IllegalStateException("the bundle is incomplete because writing " + failedEntry + " failed");
        }
        reserve(name);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTimeLocal(entryTime);
        EntryOutput out;
        try {
            zip.useLevel(level);
            zip.putNextEntry(entry);
            out = new EntryOutput(name, counted.count);
            content.writeTo(out);
            out.finished = true;
            zip.closeEntry();
        } catch (IOException | RuntimeException e) {
            failedEntry = name;
            throw e;
        }
        WrittenEntry done = new WrittenEntry(name, out.size, HexFormat.of().formatHex(out.sha256.digest()),
                entry.getCompressedSize());
        written.add(done);
        return done;
    }

    public List<WrittenEntry> written() {
        return List.copyOf(written);
    }

    /** SHA256SUMS over everything written so far, in the order written. */
    public Sha256Sums sums() {
        return new Sha256Sums(written.stream().map(WrittenEntry::digest).toList());
    }

    /** Writes the central directory and closes the output; after a failed entry, only closes (and deletes) it. */
    @Override
    public void close() throws IOException {
        if (failedEntry == null) {
            zip.close();
            return;
        }
        zip.abandon();
        if (ownedFile != null) {
            Files.deleteIfExists(ownedFile);
        }
    }

    private void reserve(String name) {
        EntryNames.problemWith(name).ifPresent(problem -> {
            throw new IllegalArgumentException("cannot add " + BundleRejectedException.quoted(name)
                    + " to a bundle: it " + problem.problem());
        });
        String key = EntryNames.collisionKey(name);
        if (fileKeys.contains(key)) {
            throw new IllegalArgumentException("cannot add " + name
                    + " to the bundle: it is already there (names differing only in case count as the same)");
        }
        if (folderKeys.contains(key)) {
            throw new IllegalArgumentException("cannot add " + name + " to the bundle: it is already a folder");
        }
        List<String> folders = new ArrayList<>();
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            String folder = key.substring(0, slash);
            if (fileKeys.contains(folder)) {
                throw new IllegalArgumentException("cannot add " + name + " to the bundle: "
                        + name.substring(0, slash) + " is already a file, not a folder");
            }
            folders.add(folder);
        }
        fileKeys.add(key);
        folderKeys.addAll(folders);
    }

    /** One entry's content on its way into the zip: hashed, counted, and kept under the compression ratio. */
    private final class EntryOutput extends OutputStream {

        private final String name;
        private final long startCount;
        private final MessageDigest sha256 = newSha256();
        private long size;
        private boolean storing;
        private boolean finished;

        EntryOutput(String name, long startCount) {
            this.name = name;
            this.startCount = startCount;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (finished) {
                throw new IOException("the bundle entry " + name + " is already complete; it cannot take more bytes");
            }
            for (int done = 0; done < len; ) {
                int n = Math.min(SLICE, len - done);
                zip.write(b, off + done, n);
                sha256.update(b, off + done, n);
                size += n;
                done += n;
                capRatio();
            }
        }

        /** Leaves the entry open: the writer ends it when the content callback returns. */
        @Override
        public void close() {
        }

        private void capRatio() {
            long compressed = counted.count - startCount;
            if (!storing && size > RATIO_WATCH_FROM && size > compressed * MAX_RATIO) {
                zip.useLevel(Deflater.NO_COMPRESSION);
                storing = true;
            } else if (storing && size < compressed * (MAX_RATIO / 2)) {
                zip.useLevel(Deflater.BEST_SPEED);
                storing = false;
            }
        }
    }

    /**
     * Reaches the stream's deflater. {@link Deflater#setLevel} is documented to take effect on the next deflate
     * call, so the level can change within an entry; the stream itself only promises that for the next entry.
     */
    private static final class LevelSwitchingZipStream extends ZipOutputStream {

        LevelSwitchingZipStream(OutputStream out) {
            super(out);
        }

        void useLevel(int level) {
            def.setLevel(level);
        }

        /** Closes the output without finishing the zip. */
        void abandon() throws IOException {
            def.end();
            out.close();
        }
    }

    /** Counts compressed bytes, for the ratio cap. */
    private static final class CountingStream extends FilterOutputStream {

        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
