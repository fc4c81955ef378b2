package dev.incidentconsole.incident;

import dev.incidentconsole.evidence.CommandCapture;
import dev.incidentconsole.evidence.OutputStreamKind;
import dev.incidentconsole.remote.OutputSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends a command's output to the evidence store and to a live listener, and keeps the first bytes of stdout
 * (a bounded amount) for the step's {@code expect} check. The full output lives only in the store.
 */
final class CaptureSink implements OutputSink {

    static final int EXPECT_WINDOW = 1024 * 1024;

    private final CommandCapture capture;
    private final OutputSink live;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();

    CaptureSink(CommandCapture capture, OutputSink live) {
        this.capture = capture;
        this.live = live;
    }

    @Override
    public void chunk(Stream stream, byte[] data, int offset, int length, long receivedAtNanos) {
        capture.append(stream == Stream.STDOUT ? OutputStreamKind.STDOUT : OutputStreamKind.STDERR, data, offset, length);
        if (stream == Stream.STDOUT) {
            synchronized (head) {
                int room = EXPECT_WINDOW - head.size();
                if (room > 0) head.write(data, offset, Math.min(room, length));
            }
        }
        live.chunk(stream, data, offset, length, receivedAtNanos);
    }

    CommandCapture capture() {
        return capture;
    }

    /** The first {@link #EXPECT_WINDOW} bytes of stdout, decoded leniently. */
    String stdoutHead() {
        synchronized (head) {
            return head.toString(StandardCharsets.UTF_8);
        }
    }
}
