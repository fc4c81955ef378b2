package dev.incidentconsole.runbook;

import java.util.Locale;
import java.util.Optional;

/** Alert severities, in the words alerting rules use. */
public enum Severity {
    CRITICAL, HIGH, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.trim().toLowerCase(Locale.ROOT);
        switch (word) {
            case "critical": case "sev1": case "p1": return Optional.of(CRITICAL);
            case "high": case "major": case "sev2": case "p2": return Optional.of(HIGH);
            case "warning": case "medium": case "sev3": case "p3": return Optional.of(WARNING);
            case "info": case "low": case "sev4": case "p4": return Optional.of(INFO);
            default: return Optional.empty();
        }
    }
}
