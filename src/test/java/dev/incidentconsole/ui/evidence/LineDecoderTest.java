package dev.incidentconsole.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bytes in chunks cut anywhere become the lines that were written, however the chunks fall. */
class LineDecoderTest {

    private static List<String> texts(List<DecodedLine> lines) {
        return lines.stream().map(DecodedLine::text).toList();
    }

    /** Feeds {@code bytes} in chunks of the given sizes (cycled), then finishes the stream. */
    private static List<DecodedLine> decode(LineDecoder decoder, byte[] bytes, int... sizes) {
        List<DecodedLine> lines = new ArrayList<>();
        int at = 0;
        for (int i = 0; at < bytes.length; i++) {
            int size = Math.min(sizes[i % sizes.length], bytes.length - at);
            lines.addAll(decoder.feed(bytes, at, size));
            at += size;
        }
        lines.addAll(decoder.finish());
        return lines;
    }

    @Test
    void multiByteCharactersSplitAtEveryPossibleByteSurviveWhole() {
        String text = "caf\u00e9 \u65e5\u672c\u8a9e \ud83d\ude42 ok\nsecond \u00fc\u00df line\n\ud83d\udd25\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int size = 1; size <= 7; size++) {
            assertThat(texts(decode(new LineDecoder(100), bytes, size))).as("chunks of %d bytes", size)
                    .containsExactly("caf\u00e9 \u65e5\u672c\u8a9e \ud83d\ude42 ok", "second \u00fc\u00df line", "\ud83d\udd25");
        }
    }

    @Test
    void randomTextInRandomChunksDecodesToTheSameLines() {
        Random random = new Random(42);
        String[] pieces = {"a", "Z", " ", "\t", "\u00e9", "\u20ac", "\u65e5", "\ud83d\ude42", "\n", "\n", "x=1;"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        text.append('\n');
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int[] sizes = random.ints(500, 1, 4096).toArray();

        List<String> lines = texts(decode(new LineDecoder(1_000_000), bytes, sizes));

        assertThat(lines).containsExactly(text.substring(0, text.length() - 1).split("\n", -1));
    }

    /** Whole lines inside a chunk take a faster path than lines split across chunks; both must read the same. */
    @Test
    void byteSoupReadsTheSameInOneByteChunksAsInAnyOtherChunks() {
        Random random = new Random(7);
        byte[][] pieces = {{'a'}, {'b', 'c'}, {'\n'}, {'\n'}, {'\r'}, {'\r', '\n'}, {(byte) 0xff}, {(byte) 0xc3},
                {(byte) 0xc3, (byte) 0xa9}, {(byte) 0xe2, (byte) 0x82, (byte) 0xac}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x99, (byte) 0x82},
                "0123456789".getBytes(StandardCharsets.US_ASCII)};
        java.io.ByteArrayOutputStream soup = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 100_000; i++) {
            soup.writeBytes(pieces[random.nextInt(pieces.length)]);
        }
        byte[] bytes = soup.toByteArray();

        List<DecodedLine> oneByOne = decode(new LineDecoder(40), bytes, 1);
        for (int trial = 0; trial < 5; trial++) {
            int[] sizes = random.ints(200, 1, 8192).toArray();
            assertThat(decode(new LineDecoder(40), bytes, sizes)).as("trial %d", trial).isEqualTo(oneByOne);
        }
        assertThat(oneByOne).anyMatch(DecodedLine::cut).anyMatch(line -> line.text().contains("\ufffd"));
    }

    @Test
    void windowsLineEndsAndProgressReturnsReadAsOnATerminal() {
        byte[] bytes = "one\r\ntwo\r\n10%\r50%\r100%\ndone\r".getBytes(StandardCharsets.UTF_8);
        assertThat(texts(decode(new LineDecoder(100), bytes, 1))).containsExactly("one", "two", "100%", "done");
        assertThat(texts(decode(new LineDecoder(100), bytes, 64))).containsExactly("one", "two", "100%", "done");
    }

    @Test
    void aLongLineKeepsItsStartIsMarkedCutAndTheNextLineIsWhole() {
        byte[] bytes = ("x".repeat(50_000) + "\nshort\n").getBytes(StandardCharsets.UTF_8);

        List<DecodedLine> lines = decode(new LineDecoder(10), bytes, 333);

        assertThat(lines).containsExactly(new DecodedLine("x".repeat(10), true), new DecodedLine("short", false));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        byte[] bytes = ("abcd\ud83d\ude42efgh\n").getBytes(StandardCharsets.UTF_8);

        List<DecodedLine> lines = decode(new LineDecoder(5), bytes, 3);

        assertThat(lines).containsExactly(new DecodedLine("abcd", true));
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharactersAsWhenDecodedInOnePiece() {
        byte[] bytes = {'o', 'k', (byte) 0xff, ' ', (byte) 0xc3, '\n', 'e', 'n', 'd', (byte) 0xe6, (byte) 0x97};
        String whole = new String(bytes, StandardCharsets.UTF_8);

        for (int size = 1; size <= 4; size++) {
            assertThat(texts(decode(new LineDecoder(100), bytes, size))).as("chunks of %d bytes", size)
                    .containsExactly(whole.split("\n"));
        }
        assertThat(whole).startsWith("ok\ufffd \ufffd\nend\ufffd");
    }

    @Test
    void theUnfinishedLineIsVisibleUntilItsNewlineArrives() {
        LineDecoder decoder = new LineDecoder(100);
        byte[] bytes = "Password for ana: ".getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.feed(bytes, 0, bytes.length)).isEmpty();
        assertThat(decoder.unfinished()).isEqualTo(new DecodedLine("Password for ana: ", false));
        assertThat(texts(decoder.feed(new byte[] {'\n'}, 0, 1))).containsExactly("Password for ana: ");
        assertThat(decoder.unfinished()).isNull();
    }
}
