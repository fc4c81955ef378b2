package dev.incidentconsole.runbook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The text of a runbook file, decoded strictly: a file that is too large, binary or not UTF-8 is refused with a
 * finding that says where, instead of being half-read.
 */
public record SourceText(String location, String text, List<String> lines, String sha256) {

    public static final int MAX_BYTES = 1024 * 1024;

    /** Thrown when the bytes cannot be a runbook at all; carries the finding to report. */
    public static final class Unreadable extends Exception {
        private final Finding finding;

        Unreadable(Finding finding) {
            super(finding.message());
            this.finding = finding;
        }

        public Finding finding() {
            return finding;
        }
    }

    public static SourceText decode(String location, byte[] bytes) throws Unreadable {
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable(Finding.error(location, 1, 1, "file-too-large",
                    "file is " + bytes.length + " bytes; runbooks are limited to " + MAX_BYTES + " bytes"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new Unreadable(Finding.error(location, lineOfOffset(bytes, i), 1, "binary-file",
                        "file contains a NUL byte: it looks binary, not Markdown"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            throw new Unreadable(Finding.error(location, lineOfOffset(bytes, bad), 1, "not-utf8",
                    "file is not valid UTF-8 (first bad byte at offset " + bad + "); save it as UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new SourceText(location, text, List.of(text.split("\n", -1)), sha256(bytes));
    }

    public String line(int oneBased) {
        return oneBased >= 1 && oneBased <= lines.size() ? lines.get(oneBased - 1) : "";
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static int lineOfOffset(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
