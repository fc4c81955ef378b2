package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.remote.OutputSink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A command's output made up for tests: random lines (ASCII, accents, CJK, emoji, some longer than the view's
 * line limit) on stdout and stderr, sent in random-size chunks that cut lines and characters anywhere. It knows
 * which lines a view must show, in arrival order, after every chunk has gone through.
 */
final class OutputScript {

    /** A line as the view should show it. */
    record Expected(boolean stderr, String text, boolean cut) {
    }

    private record Chunk(boolean stderr, int from, int to) {
    }

    private static final String[] PIECES = {"a", "b", "Z", "0", " ", "-", "=", "\u00e9", "\u00df", "\u20ac", "\u65e5", "\u672c",
        "\ud83d\ude42", "\ud83d\udd25", "\t"};

    private final byte[] stdout;
    private final byte[] stderr;
    private final List<Chunk> chunks = new ArrayList<>();
    private final List<Expected> expected = new ArrayList<>();

    /** About {@code bytes} of output; the last line to arrive is on stderr, so a view's end always shows one. */
    OutputScript(long seed, int bytes, int maxLineChars) {
        Random random = new Random(seed);
        List<String> outLines = new ArrayList<>();
        List<String> errLines = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int size = 0;
        while (size < bytes) {
            boolean isErr = random.nextInt(5) == 0 || size + 200 >= bytes;
            int length = random.nextInt(50) == 0 ? maxLineChars + 1 + random.nextInt(3 * maxLineChars) : random.nextInt(160);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < length; i++) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
            }
            (isErr ? errLines : outLines).add(line.toString());
            (isErr ? err : out).append(line).append('\n');
            size += line.toString().getBytes(StandardCharsets.UTF_8).length + 1;
        }
        stdout = out.toString().getBytes(StandardCharsets.UTF_8);
        stderr = err.toString().getBytes(StandardCharsets.UTF_8);
        plan(random, outLines, errLines, maxLineChars);
    }

    /** Cuts both streams into random chunks, interleaved at random, and notes which lines each chunk ends. */
    private void plan(Random random, List<String> outLines, List<String> errLines, int maxLineChars) {
        int outAt = 0;
        int errAt = 0;
        int outDone = 0;
        int errDone = 0;
        int lastErrLine = lastLineStart(stderr);
        while (outAt < stdout.length || errAt < stderr.length) {
            // stderr's last line waits for stdout to finish, so it is the last line of all.
            boolean errMayGo = errAt < stderr.length && (errAt < lastErrLine || outAt == stdout.length);
            boolean isErr = outAt == stdout.length || (errMayGo && random.nextInt(4) == 0);
            byte[] bytes = isErr ? stderr : stdout;
            int from = isErr ? errAt : outAt;
            int end = isErr && outAt < stdout.length ? lastErrLine : bytes.length;
            int to = Math.min(end, from + 1 + random.nextInt(random.nextBoolean() ? 16 : 8192));
            chunks.add(new Chunk(isErr, from, to));
            for (int i = from; i < to; i++) {
                if (bytes[i] == '\n') {
                    String line = isErr ? errLines.get(errDone++) : outLines.get(outDone++);
                    expected.add(shown(isErr, line, maxLineChars));
                }
            }
            if (isErr) errAt = to; else outAt = to;
        }
    }

    private static int lastLineStart(byte[] bytes) {
        int at = bytes.length - 1;
        while (at > 0 && bytes[at - 1] != '\n') {
            at--;
        }
        return Math.max(0, at);
    }

    private static Expected shown(boolean isErr, String line, int maxLineChars) {
        if (line.length() <= maxLineChars) {
            return new Expected(isErr, line, false);
        }
        int keep = Character.isHighSurrogate(line.charAt(maxLineChars - 1)) ? maxLineChars - 1 : maxLineChars;
        return new Expected(isErr, line.substring(0, keep), true);
    }

    /** Sends every chunk, in order, through the sink (from the calling thread). */
    void sendTo(OutputSink sink) {
        send(sink, true, true);
    }

    /** Sends one stream only, from the calling thread: for two threads writing stdout and stderr at once. */
    void sendStream(OutputSink sink, boolean isErr) {
        send(sink, !isErr, isErr);
    }

    private void send(OutputSink sink, boolean out, boolean err) {
        for (Chunk chunk : chunks) {
            if (chunk.stderr ? err : out) {
                byte[] bytes = chunk.stderr ? stderr : stdout;
                sink.chunk(chunk.stderr ? OutputSink.Stream.STDERR : OutputSink.Stream.STDOUT, bytes, chunk.from,
                        chunk.to - chunk.from, System.nanoTime());
            }
        }
    }

    List<Expected> expected() {
        return expected;
    }

    int chunkCount() {
        return chunks.size();
    }

    long totalBytes() {
        return stdout.length + stderr.length;
    }
}
