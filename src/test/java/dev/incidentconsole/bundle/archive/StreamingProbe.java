package dev.incidentconsole.bundle.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Run in its own JVM with a small heap by {@link BundleStreamingTest}: writes a bundle with one large generated
 * output, reads it back through {@link BundleArchive} and prints the two digests. Buffering a whole entry
 * anywhere would end in an OutOfMemoryError.
 */
public final class StreamingProbe {

    private StreamingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path zip = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]);
        WrittenEntry written;
        try (BundleZipWriter writer = BundleZipWriter.create(zip, Instant.parse("2024-05-01T10:00:00Z"))) {
            written = writer.write("evidence/0001-stdout.bin", new GeneratedLog(bytes));
            writer.write("report.md", "# INC-1\n".getBytes(StandardCharsets.UTF_8));
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long read = 0;
        try (BundleArchive archive = BundleArchive.open(zip);
                InputStream in = archive.open("evidence/0001-stdout.bin")) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
                read += n;
            }
        }
        System.out.println("written " + written.size() + " " + written.sha256());
        System.out.println("read " + read + " " + HexFormat.of().formatHex(sha256.digest()));
        System.out.println("zip " + Files.size(zip));
    }

    /** Server-log-like lines with varying numbers: compressible, but not trivially. */
    static final class GeneratedLog extends InputStream {

        private final long length;
        private long position;
        private long state = 0x9E3779B97F4A7C15L;
        private byte[] line = new byte[0];
        private int linePosition;

        GeneratedLog(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                if (linePosition == line.length) {
                    nextLine();
                }
                b[off + i] = line[linePosition++];
            }
            position += n;
            return n;
        }

        private void nextLine() {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            line = ("2024-05-01T10:15:" + Long.toUnsignedString(state % 60_000) + "Z web-" + (state & 7)
                    + " mcp-server[4242]: tool=search status=" + (200 + (state >>> 60)) + " ms="
                    + ((state >>> 20) & 1023) + "\n").getBytes(StandardCharsets.US_ASCII);
            linePosition = 0;
        }
    }
}
