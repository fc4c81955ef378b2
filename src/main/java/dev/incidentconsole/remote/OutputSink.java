package dev.incidentconsole.remote;

/**
 * Receives a command's output as it arrives, stdout and stderr apart. Called from reader threads, one per
 * stream, so an implementation must be safe for one concurrent caller per stream. The array is only valid for
 * the duration of the call.
 */
public interface OutputSink {

    enum Stream { STDOUT, STDERR }

    void chunk(Stream stream, byte[] data, int offset, int length, long receivedAtNanos);

    /** A sink that drops everything, for probes whose output nobody keeps. */
    OutputSink DISCARD = (stream, data, offset, length, at) -> { };
}
