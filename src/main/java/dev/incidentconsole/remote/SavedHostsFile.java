package dev.incidentconsole.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The saved hosts file ({@code hosts.json}):
 * {@code {"hosts":[{"alias":"mcp-1","hostName":"10.0.0.5","port":22,"user":"ops"}],"groups":{"prod-mcp":["mcp-1"]}}}.
 * Reading never throws: each entry that cannot be used is a warning. A file that was not understood in full is
 * never overwritten, so a typo made by hand cannot cost the responder the rest of their hosts.
 */
final class SavedHostsFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What was read; {@code intact} is false when anything in the file had to be skipped. */
    record Loaded(SavedHosts saved, List<ConfigWarning> warnings, boolean intact) {
    }

    private final Path file;

    SavedHostsFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    Loaded load() {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new Loaded(SavedHosts.EMPTY, List.of(), true);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return unreadable(line, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return unreadable(0, "cannot read: " + e);
        }
        if (root == null || root.isMissingNode()) {
            return new Loaded(SavedHosts.EMPTY, List.of(), true);
        }
        if (!root.isObject()) {
            return unreadable(1, "expected a JSON object with \"hosts\" and \"groups\"");
        }
        List<ConfigWarning> warnings = new ArrayList<>();
        TreeMap<String, SavedHost> hosts = readHosts(root.path("hosts"), warnings);
        TreeMap<String, List<String>> groups = readGroups(root.path("groups"), warnings);
        return new Loaded(new SavedHosts(hosts, groups), warnings, warnings.isEmpty());
    }

    private Loaded unreadable(int line, String message) {
        return new Loaded(SavedHosts.EMPTY, List.of(new ConfigWarning(file, line, message)), false);
    }

    private TreeMap<String, SavedHost> readHosts(JsonNode array, List<ConfigWarning> warnings) {
        TreeMap<String, SavedHost> hosts = new TreeMap<>();
        if (array.isMissingNode() || array.isNull()) {
            return hosts;
        }
        if (!array.isArray()) {
            warnings.add(new ConfigWarning(file, 0, "\"hosts\" must be a list; no saved host was read"));
            return hosts;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            try {
                SavedHost host = new SavedHost(text(node, "alias"), text(node, "hostName"), port(node), text(node, "user"),
                        strings(node.path("proxyJump"), "proxyJump"));
                if (hosts.putIfAbsent(host.alias(), host) != null) {
                    warnings.add(new ConfigWarning(file, 0, "host " + host.alias() + " is saved twice; the first is used"));
                }
            } catch (IllegalArgumentException e) {
                warnings.add(new ConfigWarning(file, 0, "hosts[" + i + "] skipped: " + e.getMessage()));
            }
        }
        return hosts;
    }

    private TreeMap<String, List<String>> readGroups(JsonNode object, List<ConfigWarning> warnings) {
        TreeMap<String, List<String>> groups = new TreeMap<>();
        if (object.isMissingNode() || object.isNull()) {
            return groups;
        }
        if (!object.isObject()) {
            warnings.add(new ConfigWarning(file, 0, "\"groups\" must map group names to lists of hosts; no group was read"));
            return groups;
        }
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) object::fields) {
            try {
                SavedHost.checkName(entry.getKey(), "group name");
                List<String> members = strings(entry.getValue(), "group " + entry.getKey());
                members.forEach(member -> SavedHost.checkName(member, "member of group " + entry.getKey()));
                groups.put(entry.getKey(), members);
            } catch (IllegalArgumentException e) {
                warnings.add(new ConfigWarning(file, 0, "group skipped: " + e.getMessage()));
            }
        }
        return groups;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be text");
        }
        return value.asText();
    }

    private static Integer port(JsonNode node) {
        JsonNode value = node.path("port");
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("\"port\" must be a whole number, not " + value);
        }
        return value.intValue();
    }

    private static List<String> strings(JsonNode value, String what) {
        List<String> list = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            return list;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(what + " must be a list of names");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException(what + " must be a list of names, not " + value);
            }
            list.add(item.asText());
        }
        return list;
    }

    /** Writes the whole file to a temporary file beside it, then moves it into place, so a crash leaves old or new. */
    void write(SavedHosts saved) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(toJson(saved));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static ObjectNode toJson(SavedHosts saved) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode hosts = root.putArray("hosts");
        for (SavedHost host : saved.hosts().values()) {
            ObjectNode node = hosts.addObject().put("alias", host.alias());
            if (host.hostName() != null) node.put("hostName", host.hostName());
            if (host.port() != null) node.put("port", host.port());
            if (host.user() != null) node.put("user", host.user());
            if (!host.proxyJump().isEmpty()) {
                ArrayNode hops = node.putArray("proxyJump");
                host.proxyJump().forEach(hops::add);
            }
        }
        ObjectNode groups = root.putObject("groups");
        saved.groups().forEach((name, members) -> {
            ArrayNode list = groups.putArray(name);
            members.forEach(list::add);
        });
        return root;
    }
}
