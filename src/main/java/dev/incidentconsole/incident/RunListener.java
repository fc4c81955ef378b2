package dev.incidentconsole.incident;

import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.OutputSink;

/** Watches a step run: live output per host and each host's end. Called from worker threads. */
public interface RunListener {

    default OutputSink outputOf(HostTarget host) {
        return OutputSink.DISCARD;
    }

    /** One command ended on a host and its evidence entry is sealed. */
    default void commandEnded(HostTarget host, dev.incidentconsole.evidence.EvidenceEntry entry) {
    }

    default void hostFinished(HostOutcome outcome) {
    }

    RunListener NONE = new RunListener() {
    };
}
