package dev.incidentconsole.ui.runbook;

/** Where loading the runbook library stands. */
public enum LoadState {
    LOADING, LOADED, FAILED
}
