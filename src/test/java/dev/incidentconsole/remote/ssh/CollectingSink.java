package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.OutputSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps small outputs whole, for assertions. */
final class CollectingSink implements OutputSink {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Override
    public synchronized void chunk(Stream stream, byte[] data, int offset, int length, long receivedAtNanos) {
        (stream == Stream.STDOUT ? out : err).write(data, offset, length);
    }

    synchronized String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    synchronized String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
