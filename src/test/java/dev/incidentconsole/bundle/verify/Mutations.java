package dev.incidentconsole.bundle.verify;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Single changes to a bundle's files, each described in words so a failure says what slipped through. */
final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ADDED_NAMES = List.of("notes.txt", "evidence/99-stdout.bin", "files/2-extra.conf",
            "runbooks/" + "0".repeat(64) + ".md", "evidence/2-stdout.bin.orig", "report.pdf");

    private final Random random;

    Mutations(Random random) {
        this.random = random;
    }

    String flipByte(MutableBundle bundle) {
        String name = pickNonEmpty(bundle);
        byte[] bytes = bundle.files.get(name);
        int position = random.nextInt(bytes.length);
        int mask = 1 + random.nextInt(255);
        bytes[position] ^= (byte) mask;
        return "flipped byte " + position + " of " + name + " with mask " + mask;
    }

    String truncate(MutableBundle bundle) {
        String name = pickNonEmpty(bundle);
        byte[] bytes = bundle.files.get(name);
        int length = random.nextInt(bytes.length);
        bundle.files.put(name, Arrays.copyOf(bytes, length));
        return "truncated " + name + " from " + bytes.length + " to " + length + " bytes";
    }

    String remove(MutableBundle bundle) {
        String name = pick(bundle.names());
        bundle.files.remove(name);
        return "removed " + name;
    }

    String add(MutableBundle bundle) {
        String name = pick(ADDED_NAMES.stream().filter(n -> !bundle.files.containsKey(n)).toList());
        byte[] content = new byte[random.nextInt(200)];
        random.nextBytes(content);
        bundle.files.put(name, content);
        return "added " + name + " (" + content.length + " bytes)";
    }

    /** Flips a byte of, cuts, or removes one output or collected file. */
    String outputFile(MutableBundle bundle) {
        String name = pick(bundle.names().stream().filter(n -> n.startsWith("evidence/") || n.startsWith("files/")).toList());
        byte[] bytes = bundle.files.get(name);
        switch (random.nextInt(3)) {
            case 0 -> {
                int position = random.nextInt(bytes.length);
                bytes[position] ^= 0x20;
                return "flipped byte " + position + " of " + name;
            }
            case 1 -> {
                bundle.files.put(name, Arrays.copyOf(bytes, bytes.length - 1));
                return "cut the last byte of " + name;
            }
            default -> {
                bundle.files.remove(name);
                return "removed " + name;
            }
        }
    }

    /** Changes one value anywhere in manifest.json. */
    String manifestField(MutableBundle bundle) throws IOException {
        return manifestField(bundle, pointer -> true);
    }

    /** Changes one value of the parts of the manifest that the timeline and the files must agree with. */
    String checkedManifestField(MutableBundle bundle) throws IOException {
        return manifestField(bundle, pointer -> pointer.matches("/(entries|chain)/.*|/hosts/\\d+/(alias|hostKeyFingerprints/\\d+)"
                + "|/runbooks/\\d+/(sha256|file|status)"));
    }

    private String manifestField(MutableBundle bundle, Predicate<String> eligible) throws IOException {
        JsonNode root = JSON.readTree(bundle.files.get("manifest.json"));
        List<String> leaves = new ArrayList<>();
        collectLeaves(root, "", leaves);
        String pointer = pick(leaves.stream().filter(eligible).toList());
        JsonNode old = root.at(pointer);
        JsonNode changed = changed(old);
        replace(root, pointer, changed);
        bundle.files.put("manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        return "manifest.json " + pointer + ": " + old + " -> " + changed;
    }

    /**
     * Changes one field of one timeline.jsonl line, or one character of it. With {@code fieldOnly} only entries
     * whose fields were not masked are chosen: a masked entry's hash cannot be recomputed, which is the price of
     * redaction and why its manifest says so.
     */
    String timelineLine(MutableBundle bundle, boolean fieldOnly) throws IOException {
        List<String> lines = new ArrayList<>(bundle.text("timeline.jsonl").lines().toList());
        JsonNode entries = JSON.readTree(bundle.files.get("manifest.json")).get("entries");
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!fieldOnly || entries.get(i).get("redactedFields").isEmpty()) {
                eligible.add(i);
            }
        }
        int index = pick(eligible);
        String line = lines.get(index);
        String description;
        if (fieldOnly || random.nextBoolean()) {
            ObjectNode entry = (ObjectNode) JSON.readTree(line);
            List<String> fields = new ArrayList<>();
            entry.fieldNames().forEachRemaining(fields::add);
            String field = pick(fields);
            JsonNode changed = field.equals("parameters") ? JSON.readTree("{\"X\":\"1\"}") : changed(entry.get(field));
            description = "timeline.jsonl line " + (index + 1) + " " + field + ": " + entry.get(field) + " -> " + changed;
            entry.set(field, changed);
            lines.set(index, JSON.writeValueAsString(entry));
        } else {
            int position = random.nextInt(line.length());
            char replacement = (char) (' ' + random.nextInt(95));
            if (replacement == line.charAt(position)) {
                replacement = replacement == 'x' ? 'y' : 'x';
            }
            description = "timeline.jsonl line " + (index + 1) + " char " + position + ": '" + line.charAt(position)
                    + "' -> '" + replacement + "'";
            lines.set(index, line.substring(0, position) + replacement + line.substring(position + 1));
        }
        bundle.put("timeline.jsonl", String.join("\n", lines) + "\n");
        return description;
    }

    private JsonNode changed(JsonNode old) {
        if (old.isTextual()) {
            String text = old.textValue();
            if (text.isEmpty()) {
                return TextNode.valueOf("x");
            }
            int at = random.nextInt(text.length());
            char replacement = text.charAt(at) == 'a' ? 'b' : 'a';
            return TextNode.valueOf(text.substring(0, at) + replacement + text.substring(at + 1));
        }
        if (old.isIntegralNumber()) {
            return JSON.getNodeFactory().numberNode(old.longValue() + 1 + random.nextInt(100));
        }
        if (old.isBoolean()) {
            return JSON.getNodeFactory().booleanNode(!old.booleanValue());
        }
        return TextNode.valueOf("0".repeat(64));
    }

    private static void collectLeaves(JsonNode node, String path, List<String> leaves) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collectLeaves(node.get(name), path + "/" + name, leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLeaves(node.get(i), path + "/" + i, leaves);
            }
        } else {
            leaves.add(path);
        }
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private String pickNonEmpty(MutableBundle bundle) {
        return pick(bundle.names().stream().filter(name -> bundle.files.get(name).length > 0).toList());
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
