package dev.incidentconsole.bundle.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SHA256SUMS file of a bundle in the exact form {@code sha256sum -c} reads: {@code <64 hex>  <path>} and LF per
 * file, UTF-8. GNU sha256sum escapes names holding a newline or backslash; bundle names never hold either (see
 * {@link EntryNames}), so such names are refused instead and no line is ever escaped.
 */
public final class Sha256Sums {

    private final Map<String, FileDigest> byPath;

    /** Keeps the given order, so that the file is as deterministic as the caller's list. */
    public Sha256Sums(List<FileDigest> digests) {
        Map<String, FileDigest> map = new LinkedHashMap<>();
        for (FileDigest digest : digests) {
            nameProblem(digest.path()).ifPresent(problem -> {
                throw new IllegalArgumentException("cannot list " + BundleRejectedException.quoted(digest.path())
                        + " in SHA256SUMS: it " + problem);
            });
            if (map.putIfAbsent(digest.path(), digest) != null) {
                throw new IllegalArgumentException("SHA256SUMS would list " + digest.path() + " twice");
            }
        }
        this.byPath = map;
    }

    public List<FileDigest> digests() {
        return List.copyOf(byPath.values());
    }

    public Optional<String> sha256Of(String path) {
        return Optional.ofNullable(byPath.get(path)).map(FileDigest::sha256);
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(byPath.size() * 100);
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    public void writeTo(OutputStream out) throws IOException {
        for (FileDigest digest : byPath.values()) {
            out.write((digest.sha256() + "  " + digest.path() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Reads a SHA256SUMS file strictly: text mode ({@code "  "}) or binary mode ({@code " *"}) lines, hex in either
     * case, LF endings, each name a safe bundle name listed once.
     */
    public static Sha256Sums parse(byte[] content) throws MalformedSha256SumsException {
        List<FileDigest> digests = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int start = 0;
        int lineCount = 0;
        while (start < content.length) {
            int lineNumber = ++lineCount;
            int end = indexOf(content, (byte) '\n', start);
            int length = (end < 0 ? content.length : end) - start;
            String line = EntryNames.decodeUtf8(content, start, length)
                    .orElseThrow(() -> new MalformedSha256SumsException(lineNumber, "the line is not valid UTF-8"));
            FileDigest digest = parseLine(line, lineNumber);
            Integer earlier = firstLine.putIfAbsent(digest.path(), lineNumber);
            if (earlier != null) {
                throw new MalformedSha256SumsException(lineNumber,
                        digest.path() + " is listed twice (first on line " + earlier + ")");
            }
            digests.add(digest);
            start = end < 0 ? content.length : end + 1;
        }
        return new Sha256Sums(digests);
    }

    private static FileDigest parseLine(String line, int lineNumber) throws MalformedSha256SumsException {
        if (line.endsWith("\r")) {
            throw new MalformedSha256SumsException(lineNumber,
                    "the line ends with a carriage return (Windows line endings); SHA256SUMS uses LF only");
        }
        if (line.isEmpty()) {
            throw new MalformedSha256SumsException(lineNumber, "the line is empty");
        }
        if (line.startsWith("\\")) {
            throw new MalformedSha256SumsException(lineNumber,
                    "the line is escaped (starts with a backslash); bundle file names never need escaping");
        }
        if (line.startsWith("SHA256 (")) {
            throw new MalformedSha256SumsException(lineNumber,
                    "the line is in BSD style ('SHA256 (name) = hex'); expected '<64 hex digits>  <name>'");
        }
        String hex = line.length() >= 64 ? line.substring(0, 64).toLowerCase(Locale.ROOT) : "";
        if (!FileDigest.isSha256Hex(hex)) {
            throw new MalformedSha256SumsException(lineNumber, "the line does not start with 64 hexadecimal digits");
        }
        if (line.length() < 67 || line.charAt(64) != ' ' || (line.charAt(65) != ' ' && line.charAt(65) != '*')) {
            throw new MalformedSha256SumsException(lineNumber,
                    "expected two spaces (or a space and '*') and a file name after the digest");
        }
        String path = line.substring(66);
        Optional<String> problem = nameProblem(path);
        if (problem.isPresent()) {
            throw new MalformedSha256SumsException(lineNumber,
                    "the file name " + BundleRejectedException.quoted(path) + " " + problem.get());
        }
        return new FileDigest(path, hex);
    }

    /** Bundle names, less "-", which sha256sum reads as standard input. */
    private static Optional<String> nameProblem(String path) {
        if (path.equals("-")) {
            return Optional.of("is '-', which sha256sum takes for standard input");
        }
        return EntryNames.problemWith(path).map(EntryNames.NameProblem::problem);
    }

    private static int indexOf(byte[] content, byte wanted, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
