package dev.incidentconsole.bundle.archive;

/**
 * An entry that passed every check: a safe name, a regular file (or an empty folder entry), sizes within the
 * limits, and data at {@code dataOffset} that overlaps no other entry.
 */
record ArchiveEntry(String name, boolean folder, int method, long crc, long compressedSize, long size,
        long dataOffset) {

    static final int STORED = 0;
    static final int DEFLATED = 8;
}
