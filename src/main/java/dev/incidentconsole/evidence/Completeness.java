package dev.incidentconsole.evidence;

/** Whether an entry holds everything its command produced, and if not, why. */
public enum Completeness {
    COMPLETE, CANCELLED, TIMED_OUT, CONNECTION_LOST,
    /** The console stopped (crash, kill -9, power loss) while capturing; what was committed is kept. */
    INTERRUPTED
}
