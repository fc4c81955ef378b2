package dev.incidentconsole.runbook;

import java.util.Locale;
import java.util.Optional;

/** Whether a command only reads the host or alters it. */
public enum CommandKind {
    DIAGNOSTIC, CHANGE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CommandKind> parse(String text) {
        for (CommandKind kind : values()) {
            if (kind.label().equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
