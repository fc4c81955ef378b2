package dev.incidentconsole.evidence.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidentconsole.evidence.EvidenceStoreException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lists and maps of strings kept as JSON text in one column (sorted keys, so equal maps store alike). */
final class JsonColumns {

    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private final ObjectMapper mapper = new ObjectMapper();

    String list(List<String> values) {
        return write(values);
    }

    String map(Map<String, String> values) {
        return write(new TreeMap<>(values));
    }

    List<String> readList(String json) {
        return read(json, LIST);
    }

    Map<String, String> readMap(String json) {
        return read(json, MAP);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings always serialize", e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new EvidenceStoreException("A stored list or map is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
