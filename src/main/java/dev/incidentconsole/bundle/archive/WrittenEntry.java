package dev.incidentconsole.bundle.archive;

/** What {@link BundleZipWriter} wrote for one file: its size and SHA-256 before compression, and its size after. */
public record WrittenEntry(String name, long size, String sha256, long compressedSize) {

    public FileDigest digest() {
        return new FileDigest(name, sha256);
    }
}
