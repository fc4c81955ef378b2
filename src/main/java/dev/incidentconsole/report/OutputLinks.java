package dev.incidentconsole.report;

import java.nio.charset.StandardCharsets;

/**
 * Where a report links each entry's raw output: {@code <base><seq>-stdout.bin} and {@code <base><seq>-stderr.bin}.
 * The default base {@code evidence/} matches the bundle layout, where the report sits beside that folder; a report
 * written elsewhere passes the folder that holds the files. The base is a path and is percent-encoded, so no base
 * can break out of a link.
 */
public record OutputLinks(String base) {

    public static final String BUNDLE_BASE = "evidence/";

    public OutputLinks {
        base = base == null ? "" : base;
        if (!base.isEmpty() && !base.endsWith("/")) {
            base = base + "/";
        }
    }

    /** Links as they resolve inside an exported bundle. */
    public static OutputLinks bundle() {
        return new OutputLinks(BUNDLE_BASE);
    }

    public String stdout(long seq) {
        return encode(base + seq + "-stdout.bin");
    }

    /** A collected file's content: in a bundle under {@code files/}, elsewhere beside the outputs. */
    public String collectedFile(long seq, String remotePath) {
        String folder = base.equals(BUNDLE_BASE) ? "files/" : base;
        return encode(folder + CollectedFileName.of(seq, remotePath));
    }

    public String stderr(long seq) {
        return encode(base + seq + "-stderr.bin");
    }

    /** Percent-encodes every byte outside a small set that is safe in HTML attributes and Markdown links. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/:@+,".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
