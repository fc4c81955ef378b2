package dev.incidentconsole.bundle.verify;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads UTF-8 lines from a stream, refusing a line longer than a cap so that a hostile file cannot fill the heap. */
final class BoundedLines {

    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLong(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private byte[] line = new byte[8192];

    BoundedLines(InputStream in, int maxBytes) {
        this.in = new BufferedInputStream(in, 64 * 1024);
        this.maxBytes = maxBytes;
    }

    /** The next line without its LF, or null at the end; a line that is not UTF-8 is an IOException. */
    String next() throws IOException {
        int length = 0;
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (length == maxBytes) {
                throw new LineTooLong("has a line longer than " + maxBytes + " bytes");
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(maxBytes, line.length * 2));
            }
            line[length++] = (byte) c;
            c = in.read();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("has a line that is not valid UTF-8");
        }
    }
}
