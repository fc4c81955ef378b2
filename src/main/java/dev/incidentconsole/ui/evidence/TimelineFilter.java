package dev.incidentconsole.ui.evidence;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which timeline entries to show. A null kind, host or step and a blank text do not filter; the text matches,
 * ignoring case, anywhere in the command, the note or status text, the host, the step or the operator.
 */
public record TimelineFilter(EntryKind kind, String host, String step, TimelineExitFilter exit, String text)
        implements Predicate<EvidenceEntry> {

    public TimelineFilter {
        exit = exit == null ? TimelineExitFilter.ANY : exit;
        text = text == null ? "" : text.strip();
    }

    public static TimelineFilter all() {
        return new TimelineFilter(null, null, null, TimelineExitFilter.ANY, "");
    }

    public boolean isAll() {
        return equals(all());
    }

    @Override
    public boolean test(EvidenceEntry entry) {
        return (kind == null || entry.kind() == kind)
                && (host == null || host.equals(entry.hostAlias()))
                && (step == null || step.equals(entry.stepId()))
                && exit.matches(entry)
                && (text.isEmpty() || containsText(entry));
    }

    private boolean containsText(EvidenceEntry entry) {
        String wanted = text.toLowerCase(Locale.ROOT);
        for (String field : new String[] {entry.command(), entry.text(), entry.status(), entry.hostAlias(),
                entry.stepId(), entry.operator()}) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
