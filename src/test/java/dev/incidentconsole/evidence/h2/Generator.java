package dev.incidentconsole.evidence.h2;

/** Deterministic, incompressible-looking test output: byte i of a stream is a function of (seed, i) only. */
final class Generator {

    private final long seed;

    Generator(long seed) {
        this.seed = seed;
    }

    /** Fills {@code buffer} with the bytes at {@code offset} onwards. */
    void fill(byte[] buffer, long offset) {
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = at(offset + i);
        }
    }

    byte at(long index) {
        long x = (index / 8) * 0x9E3779B97F4A7C15L + seed;
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 29;
        return (byte) (x >>> ((index % 8) * 8));
    }
}
