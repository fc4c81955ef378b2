package dev.incidentconsole.remote;

/**
 * Receives a collected file's bytes in order, as they arrive from the host, on the collecting thread. The
 * array is only valid for the duration of the call. The bytes given here are exactly the bytes hashed into
 * {@link CollectedFile#sha256()}.
 */
@FunctionalInterface
public interface FileSink {

    void chunk(byte[] data, int offset, int length);

    /** A sink that drops everything, for probes that only want the hash. */
    FileSink DISCARD = (data, offset, length) -> { };
}
