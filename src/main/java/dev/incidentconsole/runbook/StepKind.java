package dev.incidentconsole.runbook;

import java.util.Locale;

/** Diagnostic steps only read, change steps alter a host and need confirmation, manual steps are checked off. */
public enum StepKind {
    DIAGNOSTIC, CHANGE, MANUAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
