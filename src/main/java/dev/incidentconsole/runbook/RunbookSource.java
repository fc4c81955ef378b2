package dev.incidentconsole.runbook;

/**
 * Where a runbook came from: a display location (file path or bundled resource name), the SHA-256 of the exact
 * bytes it was parsed from, so evidence can name the runbook text that was used, and those bytes as text (they
 * are valid UTF-8, so encoding {@code text} gives them back exactly).
 */
public record RunbookSource(String location, String sha256, boolean bundled, String text) {

    public byte[] bytes() {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
