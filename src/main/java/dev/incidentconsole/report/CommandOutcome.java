package dev.incidentconsole.report;

import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;

/** How a command or file entry ended, as one word for counting, styling and step states. */
final class CommandOutcome {

    static final String SUCCEEDED = "SUCCEEDED";

    private CommandOutcome() {
    }

    static boolean ranOnHost(EvidenceEntry entry) {
        return entry.kind() == EntryKind.COMMAND || entry.kind() == EntryKind.FILE;
    }

    /**
     * The transport's status word when there is one. An interrupted capture says so whatever status was last
     * written, because the console stopped before the command's end was known.
     */
    static String of(EvidenceEntry entry) {
        Completeness completeness = entry.completeness();
        if (completeness == Completeness.INTERRUPTED) {
            return Completeness.INTERRUPTED.name();
        }
        if (entry.status() != null && !entry.status().isBlank()) {
            return entry.status().strip();
        }
        if (completeness != null && completeness != Completeness.COMPLETE) {
            return completeness.name();
        }
        if (entry.exitSignal() != null) {
            return "KILLED_BY_SIGNAL";
        }
        if (entry.exitCode() != null) {
            return entry.exitCode() == 0 ? SUCCEEDED : "FAILED";
        }
        return "UNKNOWN";
    }

    static boolean succeeded(EvidenceEntry entry) {
        return SUCCEEDED.equals(of(entry))
                && (entry.completeness() == null || entry.completeness() == Completeness.COMPLETE);
    }

    /** What ended the command, in words: {@code exit 0}, {@code signal KILL}, or that nothing is known. */
    static String exitStatus(EvidenceEntry entry) {
        if (entry.exitCode() != null && entry.exitSignal() != null) {
            return "exit " + entry.exitCode() + ", signal " + entry.exitSignal();
        }
        if (entry.exitCode() != null) {
            return "exit " + entry.exitCode();
        }
        if (entry.exitSignal() != null) {
            return "signal " + entry.exitSignal();
        }
        return "no exit status";
    }
}
