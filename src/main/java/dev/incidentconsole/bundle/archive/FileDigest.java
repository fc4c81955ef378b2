package dev.incidentconsole.bundle.archive;

import java.util.Objects;

/** One file of a bundle and the SHA-256 of its content, as lowercase hex. */
public record FileDigest(String path, String sha256) {

    public FileDigest {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (!isSha256Hex(sha256)) {
            throw new IllegalArgumentException("not a lowercase hex SHA-256 for " + path + ": " + sha256);
        }
    }

    static boolean isSha256Hex(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
