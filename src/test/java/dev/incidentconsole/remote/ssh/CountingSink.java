package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.OutputSink;
import java.util.concurrent.atomic.AtomicLong;

/** Counts bytes per stream and keeps nothing, for large transfers. */
final class CountingSink implements OutputSink {
    final AtomicLong stdout = new AtomicLong();
    final AtomicLong stderr = new AtomicLong();

    @Override
    public void chunk(Stream stream, byte[] data, int offset, int length, long receivedAtNanos) {
        (stream == Stream.STDOUT ? stdout : stderr).addAndGet(length);
    }
}
