package dev.incidentconsole.ui.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The first part of one output stream, as much as a detail view can show without holding the whole output:
 * the full bytes stay in the store and are saved to a file on request.
 */
record EntryDetailHead(String text, int shownBytes, long totalBytes, boolean binary) {

    /** 256 KiB: enough to read a command's answer, small enough for a text control to stay responsive. */
    static final int LIMIT = 256 * 1024;

    static EntryDetailHead empty() {
        return new EntryDetailHead("", 0, 0, false);
    }

    /** Reads at most {@code limit} bytes of {@code in}; {@code totalBytes} is the stream's stored length. */
    static EntryDetailHead read(InputStream in, int limit, long totalBytes) throws IOException {
        byte[] head = in.readNBytes(limit);
        for (byte b : head) {
            if (b == 0) {
                return new EntryDetailHead("", head.length, totalBytes, true);
            }
        }
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(head)).toString();
        if (head.length < totalBytes) {
            // A character cut at the limit decodes to U+FFFD; it is not in the evidence, so it is not shown.
            text = text.replaceFirst("\uFFFD+$", "");
        }
        return new EntryDetailHead(text, head.length, totalBytes, false);
    }

    boolean truncated() {
        return shownBytes < totalBytes;
    }

    /** What the responder is looking at, in words. */
    String caption() {
        if (totalBytes == 0) {
            return "no output";
        }
        if (binary) {
            return "binary output, " + TimelineText.count(totalBytes) + " bytes: save it to inspect it";
        }
        return truncated()
                ? "showing first " + TimelineText.count(shownBytes) + " of " + TimelineText.count(totalBytes) + " bytes"
                : "all " + TimelineText.count(totalBytes) + " bytes";
    }
}
