package dev.incidentconsole.bundle.redact;

import dev.incidentconsole.evidence.EvidenceEntry;
import dev.incidentconsole.evidence.IncidentRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An entry with secrets masked in its free-text fields (command, text, parameter values), and the names of the
 * fields that changed. Hashes and digests are kept as sealed: they describe the original, which is what the chain
 * covers.
 */
public record RedactedEntry(EvidenceEntry entry, List<String> maskedFields) {

    /** The canonical fields a redacted export may mask; every other field is exported as sealed. */
    public static final Set<String> MASKABLE_FIELDS = Set.of("command", "parameters", "text");

    /** A parameter whose name says it holds a secret is masked whole, whatever its value looks like. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|passphrase|secret|token|credential|key).*");

    public RedactedEntry {
        maskedFields = List.copyOf(maskedFields);
    }

    public static RedactedEntry of(EvidenceEntry e) {
        List<String> masked = new ArrayList<>();
        String command = SecretMasker.maskText(e.command());
        String text = SecretMasker.maskText(e.text());
        Map<String, String> parameters = maskParameters(e.parameters());
        if (!Objects.equals(command, e.command())) {
            masked.add("command");
        }
        if (!parameters.equals(e.parameters())) {
            masked.add("parameters");
        }
        if (!Objects.equals(text, e.text())) {
            masked.add("text");
        }
        if (masked.isEmpty()) {
            return new RedactedEntry(e, masked);
        }
        EvidenceEntry copy = new EvidenceEntry(e.incidentId(), e.seq(), e.kind(), e.runbookId(), e.runbookSha256(),
                e.stepId(), e.hostAlias(), e.hostAddress(), e.hostKeyFingerprint(), e.remoteUser(), command, parameters,
                e.operator(), e.startedAt(), e.endedAt(), e.durationNanos(), e.clockOffsetMillis(), e.exitCode(),
                e.exitSignal(), e.status(), e.completeness(), e.stdoutLength(), e.stdoutSha256(), e.stderrLength(),
                e.stderrSha256(), text, e.previousHash(), e.entryHash());
        return new RedactedEntry(copy, masked);
    }

    /** The incident record with its title and parameter values masked. */
    public static IncidentRecord of(IncidentRecord r) {
        return new IncidentRecord(r.id(), SecretMasker.maskText(r.title()), r.severity(), r.exercise(), r.operatorName(),
                r.operatorEmail(), r.runbookIds(), r.hostAliases(), maskParameters(r.parameters()), r.openedAt(),
                r.closedAt());
    }

    private static Map<String, String> maskParameters(Map<String, String> parameters) {
        Map<String, String> masked = new LinkedHashMap<>();
        parameters.forEach((name, value) -> masked.put(name,
                SECRET_NAME.matcher(name).matches() ? SecretMasker.MASK : SecretMasker.maskText(value)));
        return masked;
    }
}
