package dev.incidentconsole.incident;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step states are evidence too: each change is a STATUS entry whose text starts with {@code state NAME}. The
 * states of a resumed incident are read back from them, so the timeline stays the only truth.
 */
final class StepStatusText {

    private static final Pattern STATE = Pattern.compile("^state ([A-Z_]+)\\b");

    private StepStatusText() {
    }

    static String of(StepState state, String detail) {
        return "state " + state.name() + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }

    static Map<String, StepState> replay(List<EvidenceEntry> timeline) {
        Map<String, StepState> states = new HashMap<>();
        for (EvidenceEntry entry : timeline) {
            if (entry.kind() != EntryKind.STATUS || entry.stepId() == null || entry.text() == null) continue;
            Matcher m = STATE.matcher(entry.text());
            if (m.find()) {
                StepState state = StepState.parse(m.group(1));
                if (state != null) states.put(entry.stepId(), state);
            }
        }
        return states;
    }
}
