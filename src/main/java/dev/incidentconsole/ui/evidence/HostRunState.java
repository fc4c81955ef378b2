package dev.incidentconsole.ui.evidence;

import java.util.Locale;

/** Where a host stands in a running step, as its tab badge shows it. */
public enum HostRunState {
    RUNNING, OK, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    String styleClass() {
        return "host-state-" + label();
    }
}
