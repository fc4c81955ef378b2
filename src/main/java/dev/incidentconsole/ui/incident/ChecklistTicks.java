package dev.incidentconsole.ui.incident;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.runbook.Checklist;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ticked item of the escalation criteria or documentation requirements is an evidence entry whose text names
 * the item; reading those entries back restores the ticks of a resumed incident.
 */
final class ChecklistTicks {

    private ChecklistTicks() {
    }

    /** The checklists a responder ticks during an incident. */
    static boolean tickable(Checklist checklist) {
        return checklist.kind() == Checklist.Kind.ESCALATION || checklist.kind() == Checklist.Kind.DOCUMENTATION;
    }

    /** The entry kind a tick is recorded as: an escalation for a criterion met, a note for anything else. */
    static EntryKind kindOf(Checklist checklist) {
        return checklist.kind() == Checklist.Kind.ESCALATION ? EntryKind.ESCALATION : EntryKind.NOTE;
    }

    static String textOf(Checklist checklist, String item) {
        return (checklist.kind() == Checklist.Kind.ESCALATION ? "Escalation criterion met: " : "Documented: ") + item;
    }

    /** The tick texts found in a timeline. */
    static Set<String> restore(List<EvidenceEntry> timeline) {
        return timeline.stream()
                .filter(e -> e.kind() == EntryKind.ESCALATION || e.kind() == EntryKind.NOTE)
                .map(EvidenceEntry::text)
                .filter(text -> text != null && (text.startsWith("Escalation criterion met: ") || text.startsWith("Documented: ")))
                .collect(Collectors.toSet());
    }
}
