package dev.incidentconsole.bundle.review;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a step printed on each host, for comparing hosts: the steps that ran commands, and per host the stdout of
 * the last command of a step there, cut at a size a side-by-side view can hold.
 */
public final class StepOutputs {

    private final EvidenceStore store;
    private final List<EvidenceEntry> timeline;

    public StepOutputs(EvidenceStore store, List<EvidenceEntry> timeline) {
        this.store = store;
        this.timeline = List.copyOf(timeline);
    }

    /** Steps that ran a command on a host, in the order they first ran. */
    public List<String> steps() {
        List<String> steps = new ArrayList<>();
        for (EvidenceEntry entry : timeline) {
            if (ranOnHost(entry) && entry.stepId() != null && !steps.contains(entry.stepId())) {
                steps.add(entry.stepId());
            }
        }
        return steps;
    }

    /**
     * Host alias to the head of its last output for {@code stepId}, hosts in the incident's order (not in the order
     * they happened to start the step), any others after them. Reads outputs.
     */
    public Map<String, String> latestPerHost(String stepId, int maxBytes) throws IOException {
        Map<String, EvidenceEntry> last = new LinkedHashMap<>();
        for (EvidenceEntry entry : timeline) {
            if (ranOnHost(entry) && stepId.equals(entry.stepId())) {
                last.put(entry.hostAlias(), entry);
            }
        }
        Map<String, EvidenceEntry> ordered = new LinkedHashMap<>();
        if (!last.isEmpty()) {
            String incidentId = last.values().iterator().next().incidentId();
            store.incident(incidentId).ifPresent(incident -> incident.hostAliases().forEach(alias -> {
                if (last.containsKey(alias)) ordered.put(alias, last.get(alias));
            }));
        }
        last.forEach(ordered::putIfAbsent);
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, EvidenceEntry> host : ordered.entrySet()) {
            outputs.put(host.getKey(), head(host.getValue(), maxBytes));
        }
        return outputs;
    }

    private static boolean ranOnHost(EvidenceEntry entry) {
        return entry.kind() == EntryKind.COMMAND && entry.hostAlias() != null;
    }

    private String head(EvidenceEntry entry, int maxBytes) throws IOException {
        try (InputStream in = store.output(entry.incidentId(), entry.seq(), OutputStreamKind.STDOUT)) {
            String text = new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8);
            return entry.stdoutLength() <= maxBytes ? text
                    : text + "\n[cut at " + maxBytes / 1024 + " KiB of " + entry.stdoutLength() + " bytes]\n";
        }
    }
}
