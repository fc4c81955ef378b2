package dev.incidentconsole.incident;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large file's content without holding it: byte {@code i} depends only on (seed, i), so a test can write
 * hundreds of megabytes to a host's folder and later check any stored byte against the byte at its offset.
 */
final class SeededFile {

    private final long seed;

    SeededFile(long seed) {
        this.seed = seed;
    }

    /** Puts the {@code length} bytes from {@code offset} on into the start of {@code buffer}. */
    void fill(byte[] buffer, long offset, int length) {
        long word = 0;
        for (int i = 0; i < length; i++) {
            long at = offset + i;
            if (i == 0 || (at & 7) == 0) {
                word = word(at >>> 3);
            }
            buffer[i] = (byte) (word >>> ((at & 7) << 3));
        }
    }

    /** Writes the first {@code size} bytes to {@code file}, creating its folders. */
    void write(Path file, long size) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long start = 0; start < size; start += block.length) {
                int n = (int) Math.min(block.length, size - start);
                fill(block, start, n);
                out.write(block, 0, n);
            }
        }
    }

    /** MurmurHash3's 64-bit finalizer over the word's index: neighbouring words share no visible pattern. */
    private long word(long index) {
        long h = index + seed * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
