package dev.incidentconsole.bundle.archive;

/**
 * What a bundle may declare before it is refused unread. The defaults fit a large incident (a 1 GB output is
 * ordinary); a caller with less disk or more suspicion passes tighter values.
 *
 * @param maxTotalBytes sum of the declared sizes of all entries
 * @param maxEntryBytes declared size of any one entry
 * @param maxEntries number of entries, folders included
 * @param maxRatio uncompressed to compressed size, checked for entries larger than {@code ratioFloorBytes}
 * @param ratioFloorBytes small entries (headers, a file of zeros) compress well and harm no one
 */
public record BundleLimits(long maxTotalBytes, long maxEntryBytes, int maxEntries, int maxRatio,
        long ratioFloorBytes) {

    private static final long GIB = 1L << 30;

    public static final BundleLimits DEFAULTS = new BundleLimits(64 * GIB, 16 * GIB, 100_000, 200, 1L << 20);

    public BundleLimits {
        if (maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxEntries <= 0 || maxRatio <= 0 || ratioFloorBytes < 0) {
            throw new IllegalArgumentException("bundle limits must be positive: " + maxTotalBytes + ", "
                    + maxEntryBytes + ", " + maxEntries + ", " + maxRatio + ", " + ratioFloorBytes);
        }
    }

    public BundleLimits withMaxTotalBytes(long bytes) {
        return new BundleLimits(bytes, maxEntryBytes, maxEntries, maxRatio, ratioFloorBytes);
    }

    public BundleLimits withMaxEntryBytes(long bytes) {
        return new BundleLimits(maxTotalBytes, bytes, maxEntries, maxRatio, ratioFloorBytes);
    }

    public BundleLimits withMaxEntries(int entries) {
        return new BundleLimits(maxTotalBytes, maxEntryBytes, entries, maxRatio, ratioFloorBytes);
    }

    public BundleLimits withMaxRatio(int ratio) {
        return new BundleLimits(maxTotalBytes, maxEntryBytes, maxEntries, ratio, ratioFloorBytes);
    }
}
