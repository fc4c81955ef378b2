package dev.incidentconsole.runbook;

/**
 * Where a runbook came from: a display location (file path or bundled resource name) and the SHA-256 of the
 * exact bytes it was parsed from, so evidence can name the runbook text that was used.
 */
public record RunbookSource(String location, String sha256, boolean bundled) {
}
