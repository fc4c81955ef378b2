package dev.incidentconsole.bundle.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One entry's content, read from its own byte range and inflated as it is read. The declared size is trusted
 * only as a ceiling: the stream stops with {@link RejectionReason#SIZE_MISMATCH} as soon as the data would give
 * one byte more (a bomb with lying headers), and at the end it insists on the exact size and the CRC-32.
 */
final class EntryInputStream extends InputStream {

    private static final int CHUNK = 64 * 1024;

    private final ArchiveFile file;
    private final ArchiveEntry entry;
    private final Inflater inflater;
    private final CRC32 crc = new CRC32();
    private final byte[] input;
    private long consumed;
    private long produced;
    private boolean ended;
    private boolean closed;

    EntryInputStream(ArchiveFile file, ArchiveEntry entry) {
        this.file = file;
        this.entry = entry;
        boolean deflated = entry.method() == ArchiveEntry.DEFLATED;
        this.inflater = deflated ? new Inflater(true) : null;
        this.input = deflated ? new byte[(int) Math.min(CHUNK, Math.max(1, entry.compressedSize()))] : null;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("the stream of bundle entry " + entry.name() + " is closed");
        }
        if (ended) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        // Asking for at most one byte past the declared size is enough to catch a lie without inflating more.
        int want = (int) Math.min(len, entry.size() - produced + 1);
        int n = inflater == null ? readStored(b, off, want) : inflate(b, off, want);
        if (n < 0) {
            end();
            return -1;
        }
        crc.update(b, off, n);
        produced += n;
        if (produced > entry.size()) {
            throw rejected(RejectionReason.SIZE_MISMATCH, "holds more than the " + entry.size() + " bytes it"
                    + " declares (a zip bomb or a damaged file); reading stopped there");
        }
        return n;
    }

    private int readStored(byte[] b, int off, int len) throws IOException {
        long left = entry.compressedSize() - consumed;
        if (left == 0) {
            return -1;
        }
        int n = file.readSome(entry.dataOffset() + consumed, ByteBuffer.wrap(b, off, (int) Math.min(len, left)));
        if (n < 0) {
            throw rejected(RejectionReason.TRUNCATED, "ends early: the zip file became shorter while it was read");
        }
        consumed += n;
        return n;
    }

    private int inflate(byte[] b, int off, int len) throws IOException {
        while (true) {
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw rejected(RejectionReason.CORRUPT_DATA, "has damaged compressed data (" + e.getMessage() + ")");
            }
            if (n > 0) {
                return n;
            }
            if (inflater.finished()) {
                return -1;
            }
            if (inflater.needsDictionary() || !inflater.needsInput()) {
                throw rejected(RejectionReason.CORRUPT_DATA, "has compressed data that cannot be inflated");
            }
            long left = entry.compressedSize() - consumed;
            if (left == 0) {
                throw rejected(RejectionReason.CORRUPT_DATA, "has compressed data that ends before its deflate"
                        + " stream does (the entry is cut short)");
            }
            int chunk = (int) Math.min(input.length, left);
            ByteBuffer target = ByteBuffer.wrap(input, 0, chunk);
            while (target.hasRemaining()) {
                if (file.readSome(entry.dataOffset() + consumed + target.position(), target) < 0) {
                    throw rejected(RejectionReason.TRUNCATED, "ends early: the zip file became shorter while it was"
                            + " read");
                }
            }
            consumed += chunk;
            inflater.setInput(input, 0, chunk);
        }
    }

    private void end() throws IOException {
        ended = true;
        long unused = entry.compressedSize() - consumed + (inflater == null ? 0 : inflater.getRemaining());
        if (unused != 0) {
            throw rejected(RejectionReason.SIZE_MISMATCH, "has " + unused + " bytes of compressed data after the"
                    + " end of its deflate stream");
        }
        if (produced != entry.size()) {
            throw rejected(RejectionReason.SIZE_MISMATCH, "holds " + produced + " bytes, not the " + entry.size()
                    + " it declares");
        }
        if (crc.getValue() != entry.crc()) {
            throw rejected(RejectionReason.CRC_MISMATCH, "does not match its CRC-32: the file is damaged or was"
                    + " altered after it was zipped");
        }
    }

    private BundleRejectedException rejected(RejectionReason reason, String problem) {
        return new BundleRejectedException(reason, entry.name(), problem);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (inflater != null) {
                inflater.end();
            }
        }
    }
}
