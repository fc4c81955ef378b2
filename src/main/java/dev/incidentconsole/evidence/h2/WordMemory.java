package dev.incidentconsole.evidence.h2;

/**
 * The words already indexed for one entry, as 64-bit hashes in an open-addressing table: a megabyte of output
 * has at most a few hundred thousand distinct words, which this holds in a few MB instead of tens. A hash
 * collision (about 1 in 10^8 for the largest entries) only means one word of that entry is not indexed.
 */
final class WordMemory {

    private static final int MAX_WORDS = 1 << 20;

    private long[] slots = new long[256];
    private int size;

    /** Remembers {@code word}; true when it is new (and so is to be indexed). */
    boolean add(String word) {
        long hash = hash(word);
        if (size >= MAX_WORDS) {
            return false;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (!insert(slots, hash)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = hash;
                return true;
            }
            if (table[i] == hash) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long hash : slots) {
            if (hash != 0) {
                insert(bigger, hash);
            }
        }
        slots = bigger;
    }

    /** FNV-1a over the UTF-16 units, never 0 (0 marks an empty slot). */
    private static long hash(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }
}
