package dev.incidentconsole.bundle.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidentconsole.evidence.Completeness;
import dev.incidentconsole.evidence.EntryKind;
import dev.incidentconsole.evidence.EvidenceEntry;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads one timeline.jsonl line back into an entry, strictly: every field present, of its type, nothing else. */
final class TimelineEntryParser {

    static final Set<String> FIELDS = Set.of("clockOffsetMillis", "command", "completeness", "durationNanos", "endedAt",
            "exitCode", "exitSignal", "hostAddress", "hostAlias", "hostKeyFingerprint", "incidentId", "kind", "operator",
            "parameters", "previousHash", "remoteUser", "runbookId", "runbookSha256", "seq", "startedAt", "status",
            "stderrLength", "stderrSha256", "stdoutLength", "stdoutSha256", "stepId", "text", "entryHash");

    /** A line that is not an entry; the message says which field is wrong. */
    static final class MalformedLine extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedLine(String message) {
            super(message);
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    EvidenceEntry parse(String line) throws MalformedLine {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new MalformedLine("is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedLine("is not a JSON object");
        }
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        if (!keys.equals(FIELDS)) {
            Set<String> missing = new TreeSet<>(FIELDS);
            missing.removeAll(keys);
            keys.removeAll(FIELDS);
            throw new MalformedLine("does not have the entry fields (missing " + missing + ", unexpected " + keys + ")");
        }
        return new EvidenceEntry(text(node, "incidentId"), number(node, "seq"), kind(node), text(node, "runbookId"),
                text(node, "runbookSha256"), text(node, "stepId"), text(node, "hostAlias"), text(node, "hostAddress"),
                text(node, "hostKeyFingerprint"), text(node, "remoteUser"), text(node, "command"), parameters(node),
                text(node, "operator"), instant(node, "startedAt"), instant(node, "endedAt"),
                optionalNumber(node, "durationNanos"), optionalNumber(node, "clockOffsetMillis"), exitCode(node),
                text(node, "exitSignal"), text(node, "status"), completeness(node), number(node, "stdoutLength"),
                text(node, "stdoutSha256"), number(node, "stderrLength"), text(node, "stderrSha256"), text(node, "text"),
                text(node, "previousHash"), text(node, "entryHash"));
    }

    private static String text(JsonNode node, String field) throws MalformedLine {
        JsonNode value = node.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedLine("has a " + field + " that is not a string");
        }
        return value.textValue();
    }

    private static long number(JsonNode node, String field) throws MalformedLine {
        Long value = optionalNumber(node, field);
        if (value == null) {
            throw new MalformedLine("has no " + field);
        }
        return value;
    }

    private static Long optionalNumber(JsonNode node, String field) throws MalformedLine {
        JsonNode value = node.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new MalformedLine("has a " + field + " that is not a whole number");
        }
        return value.longValue();
    }

    private static Integer exitCode(JsonNode node) throws MalformedLine {
        Long code = optionalNumber(node, "exitCode");
        if (code != null && (code < Integer.MIN_VALUE || code > Integer.MAX_VALUE)) {
            throw new MalformedLine("has an exitCode out of range");
        }
        return code == null ? null : code.intValue();
    }

    private static Instant instant(JsonNode node, String field) throws MalformedLine {
        String value = text(node, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedLine("has a " + field + " that is not a UTC time");
        }
    }

    private static EntryKind kind(JsonNode node) throws MalformedLine {
        String value = text(node, "kind");
        for (EntryKind kind : EntryKind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        throw new MalformedLine("has an unknown kind");
    }

    private static Completeness completeness(JsonNode node) throws MalformedLine {
        String value = text(node, "completeness");
        if (value == null) {
            return null;
        }
        for (Completeness completeness : Completeness.values()) {
            if (completeness.name().equals(value)) {
                return completeness;
            }
        }
        throw new MalformedLine("has an unknown completeness");
    }

    private static Map<String, String> parameters(JsonNode node) throws MalformedLine {
        JsonNode value = node.get("parameters");
        if (!value.isObject()) {
            throw new MalformedLine("has parameters that are not an object");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isTextual()) {
                throw new MalformedLine("has parameter " + field.getKey() + " whose value is not a string");
            }
            parameters.put(field.getKey(), field.getValue().textValue());
        }
        return parameters;
    }
}
