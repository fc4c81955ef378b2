package dev.incidentconsole.bundle.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A zip file read by position only, so that entry streams never disturb each other. Its size is taken once at
 * open: a bundle is not expected to change while it is read, and a file that shrinks shows up as truncated.
 */
final class ArchiveFile implements Closeable {

    private final FileChannel channel;
    private final long size;

    ArchiveFile(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            this.size = channel.size();
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    long size() {
        return size;
    }

    /** Exactly {@code length} bytes at {@code position}, little-endian as zip numbers are. */
    ByteBuffer read(long position, int length) throws IOException {
        if (position < 0 || length < 0 || position > size - length) {
            throw new BundleRejectedException(RejectionReason.MALFORMED, "the zip points at " + length
                    + " bytes at offset " + position + ", outside its " + size + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new BundleRejectedException(RejectionReason.TRUNCATED,
                        "the zip file became shorter while it was read");
            }
        }
        return buffer.flip();
    }

    /** Up to {@code buffer.remaining()} bytes at {@code position}; -1 at the end of the file. */
    int readSome(long position, ByteBuffer buffer) throws IOException {
        return channel.read(buffer, position);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
