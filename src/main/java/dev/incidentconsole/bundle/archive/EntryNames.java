package dev.incidentconsole.bundle.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for names inside a bundle, shared by the writer, the reader and SHA256SUMS: a plain relative path
 * with '/' between segments that lands inside the target folder, under the same name, on Linux, macOS and Windows.
 * Anything else is refused rather than repaired, since a repaired name would no longer match SHA256SUMS.
 */
final class EntryNames {

    static final int MAX_NAME_BYTES = 1024;
    /** The usual per-segment limit of file systems. */
    static final int MAX_SEGMENT_BYTES = 255;

    private static final String WINDOWS_FORBIDDEN = ":*?\"<>|";
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    record NameProblem(RejectionReason reason, String problem) {
    }

    private EntryNames() {
    }

    /** Why {@code name} is not a safe file name, or empty when it is one. */
    static Optional<NameProblem> problemWith(String name) {
        if (name.isEmpty()) {
            return problem(RejectionReason.EMPTY_SEGMENT, "has an empty name");
        }
        if (name.startsWith("/") || name.startsWith("\\")) {
            return problem(RejectionReason.ABSOLUTE_PATH, "is an absolute path; bundle names are relative");
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && isAsciiLetter(name.charAt(0))) {
            return problem(RejectionReason.ABSOLUTE_PATH,
                    "is an absolute path (it starts with a drive letter); bundle names are relative");
        }
        if (name.indexOf('\\') >= 0) {
            return problem(RejectionReason.BACKSLASH,
                    "contains a backslash, which Windows reads as a folder separator; bundle names use '/'");
        }
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(name)) {
            return problem(RejectionReason.NOT_UTF8, "cannot be written as UTF-8 (a lone surrogate)");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                return problem(RejectionReason.FORBIDDEN_CHARACTER,
                        String.format("contains the control character U+%04X", (int) c));
            }
            if (WINDOWS_FORBIDDEN.indexOf(c) >= 0) {
                return problem(RejectionReason.FORBIDDEN_CHARACTER,
                        "contains '" + c + "', which Windows cannot have in a file name");
            }
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return problem(RejectionReason.NAME_TOO_LONG, "is longer than " + MAX_NAME_BYTES + " bytes");
        }
        for (String segment : name.split("/", -1)) {
            Optional<NameProblem> found = problemWithSegment(segment);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<NameProblem> problemWithSegment(String segment) {
        if (segment.isEmpty()) {
            return problem(RejectionReason.EMPTY_SEGMENT,
                    "has an empty path segment ('//' or a leading or trailing '/')");
        }
        if (segment.equals(".")) {
            return problem(RejectionReason.DOT_SEGMENT, "has a '.' path segment");
        }
        if (segment.equals("..")) {
            return problem(RejectionReason.PATH_ESCAPES, "climbs out of its folder with a '..' segment");
        }
        if (segment.endsWith(".") || segment.endsWith(" ")) {
            return problem(RejectionReason.FORBIDDEN_CHARACTER,
                    "has a segment ending in a dot or space, which Windows silently drops");
        }
        String stem = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
        if (WINDOWS_DEVICES.contains(stem.toLowerCase(Locale.ROOT))) {
            return problem(RejectionReason.FORBIDDEN_CHARACTER,
                    "has the segment '" + segment + "', which Windows reserves for a device");
        }
        if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
            return problem(RejectionReason.NAME_TOO_LONG, "has a segment longer than " + MAX_SEGMENT_BYTES + " bytes");
        }
        return Optional.empty();
    }

    /**
     * The name as a case-insensitive, normalization-insensitive disk (macOS, Windows) sees it: two names with the
     * same key would be extracted into one file.
     */
    static String collisionKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Strict UTF-8: malformed bytes give empty instead of a replacement character that would alias names. */
    static Optional<String> decodeUtf8(byte[] bytes, int offset, int length) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Optional<NameProblem> problem(RejectionReason reason, String problem) {
        return Optional.of(new NameProblem(reason, problem));
    }
}
