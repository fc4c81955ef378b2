package dev.incidentconsole.bundle.redact;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Masks secrets in a byte stream on its way to {@code out}, a line at a time, holding at most one line (capped at
 * {@link #MAX_LINE} bytes) in memory. Bytes are read as ISO-8859-1, which maps every byte to one character and
 * back, so whatever is not masked (binary data, any encoding) passes through unchanged.
 *
 * <p>A line longer than the cap is cut at its last blank and the rest carried over; a run of {@code MAX_LINE}
 * bytes without a blank or line break is masked as it is, so a secret straddling that cut can escape the patterns.
 * {@link #close()} masks the last, unterminated line and closes {@code out}.
 */
public final class RedactingOutputStream extends FilterOutputStream {

    static final int MAX_LINE = 64 * 1024;

    private final SecretMasker masker = new SecretMasker();
    private final byte[] line = new byte[MAX_LINE];
    private int length;
    private boolean closed;

    public RedactingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            line[length++] = c;
            if (c == '\n') {
                emit(length - 1, length);
            } else if (length == MAX_LINE) {
                int cut = lastBlank();
                emit(cut < 0 ? length : cut + 1, cut < 0 ? length : cut + 1);
            }
        }
    }

    @Override
    public void flush() throws IOException {
        // A partial line stays held: masking it now could cut a secret in two.
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (length > 0) {
                emit(length, length);
            }
        } finally {
            out.close();
        }
    }

    /** Masks {@code line[0, textEnd)}, writes it and the bytes up to {@code consumed}, and keeps the rest. */
    private void emit(int textEnd, int consumed) throws IOException {
        String text = new String(line, 0, textEnd, StandardCharsets.ISO_8859_1);
        out.write(masker.maskLine(text).getBytes(StandardCharsets.ISO_8859_1));
        out.write(line, textEnd, consumed - textEnd);
        System.arraycopy(line, consumed, line, 0, length - consumed);
        length -= consumed;
    }

    private int lastBlank() {
        for (int i = length - 1; i >= 0; i--) {
            if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
                return i;
            }
        }
        return -1;
    }
}
