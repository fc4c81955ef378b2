package dev.incidentconsole.ui.shell;

import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.EvidenceStore;
import dev.incidentconsole.evidence.OutputStreamKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output each host gave the last time a step ran there, read from the store for the compare view: the last
 * command entry of the step per host, stdout cut at {@link #MAX_BYTES} so a huge output cannot flood the view.
 */
final class LatestStepOutputs {

    static final int MAX_BYTES = 512 * 1024;

    private LatestStepOutputs() {
    }

    /** Host alias to text, in the order hosts last ran the step; empty when it never ran. Reads the store. */
    static Map<String, String> of(EvidenceStore store, String incidentId, String stepId) {
        List<EvidenceEntry> timeline = store.timeline(incidentId);
        Map<String, EvidenceEntry> latest = new LinkedHashMap<>();
        for (EvidenceEntry entry : timeline) {
            if (entry.kind() == EntryKind.COMMAND && stepId.equals(entry.stepId()) && entry.hostAlias() != null) {
                latest.remove(entry.hostAlias());
                latest.put(entry.hostAlias(), entry);
            }
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        latest.forEach((host, entry) -> outputs.put(host, head(store, entry)));
        return outputs;
    }

    /** The entry of {@code host}'s latest command in the incident, if any. */
    static EvidenceEntry latestOf(List<EvidenceEntry> timeline, String host) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            EvidenceEntry entry = timeline.get(i);
            if (entry.kind() == EntryKind.COMMAND && host.equals(entry.hostAlias())) {
                return entry;
            }
        }
        return null;
    }

    private static String head(EvidenceStore store, EvidenceEntry entry) {
        try (InputStream in = store.output(entry.incidentId(), entry.seq(), OutputStreamKind.STDOUT)) {
            byte[] bytes = in.readNBytes(MAX_BYTES);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return entry.stdoutLength() > MAX_BYTES
                    ? text + "\n[output cut at " + MAX_BYTES / 1024 + " KiB of " + entry.stdoutLength() + " bytes]\n" : text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output of entry " + entry.seq() + ": " + e.getMessage(), e);
        }
    }
}
