package dev.incidentconsole.evidence;

/** What an evidence entry records. */
public enum EntryKind {
    /** A command run on a host, with its output. */
    COMMAND,
    /** A file collected from a host (its bytes are the entry's stdout). */
    FILE,
    /** A responder's note. */
    NOTE,
    /** A manual step checked off. */
    CHECK,
    /** A step skipped, with the reason. */
    SKIP,
    /** An escalation criterion met, or an escalation made. */
    ESCALATION,
    /** A change of state: incident opened or closed, step state, confirmation given, export made. */
    STATUS
}
