package dev.incidentconsole.evidence.h2;

import dev.incidentconsole.evidence.OutputStreamKind;
import java.io.InputStream;

/**
 * A stored output read back row by row, each row fetched when the previous one is used up, with a read
 * connection borrowed only for that fetch: a slow consumer never holds a connection, and memory stays one row.
 */
final class ChunkInputStream extends InputStream {

    private final ReaderPool readers;
    private final long entryId;
    private final OutputStreamKind stream;
    private byte[] row = new byte[0];
    private int position;
    private long nextOffset;
    private boolean ended;

    ChunkInputStream(ReaderPool readers, long entryId, OutputStreamKind stream) {
        this.readers = readers;
        this.entryId = entryId;
        this.stream = stream;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (position == row.length && !fetch()) {
            return -1;
        }
        int n = Math.min(length, row.length - position);
        System.arraycopy(row, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return row.length - position;
    }

    private boolean fetch() {
        while (!ended) {
            ChunkRows.Row fetched = readers.read(connection -> ChunkRows.atOrAfter(connection, entryId, stream, nextOffset));
            if (fetched == null) {
                ended = true;
                return false;
            }
            row = fetched.data();
            position = 0;
            nextOffset = fetched.end();
            if (row.length > 0) {
                return true;
            }
        }
        return false;
    }
}
