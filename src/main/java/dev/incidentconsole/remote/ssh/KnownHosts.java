package dev.incidentconsole.remote.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.schmizz.sshj.common.SecurityUtils;

/**
 * What a set of OpenSSH known_hosts files say, read once: the user's UserKnownHostsFile list and the app's own
 * file together. Immutable; read a fresh one per connection so edits (such as {@code ssh-keygen -R}) count at
 * once. Skipped lines are kept as warnings and notes ({@code file:line: why}) to show the responder.
 */
public final class KnownHosts {

    private final List<KnownHostEntry> entries;
    private final List<String> warnings;
    private final List<String> notes;

    private KnownHosts(List<KnownHostEntry> entries, List<String> warnings, List<String> notes) {
        this.entries = List.copyOf(entries);
        this.warnings = List.copyOf(warnings);
        this.notes = List.copyOf(notes);
    }

    /** Reads the files in order. A missing file is normal (OpenSSH lists some by default) and says nothing. */
    public static KnownHosts read(List<Path> files) {
        List<KnownHostEntry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                // Decoding leniently: one stray byte must not cost every line of the file.
                text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException e) {
                warnings.add(file + ": cannot be read (" + e.getMessage() + "); its keys are not known");
                continue;
            }
            parseInto(file.toString(), text, entries, warnings, notes);
        }
        return new KnownHosts(entries, warnings, notes);
    }

    /** Parses known_hosts text; {@code file} names it in warnings and locations. */
    public static KnownHosts parse(String file, String text) {
        List<KnownHostEntry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        parseInto(file, text, entries, warnings, notes);
        return new KnownHosts(entries, warnings, notes);
    }

    private static void parseInto(String file, String text, List<KnownHostEntry> entries, List<String> warnings,
                                  List<String> notes) {
        // sshj decodes ECDSA keys with the "ECDSA" KeyFactory, which only BouncyCastle provides, and registers
        // BouncyCastle lazily on its first crypto call. Known hosts may be read before any connection is made.
        SecurityUtils.isBouncyCastleRegistered();
        KnownHostsLineParser parser = new KnownHostsLineParser(file, entries, warnings, notes);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.parse(i + 1, lines[i]);
        }
    }

    /**
     * Checks {@code key} for the host known as {@code knownHostsName} ({@code name} or {@code [name]:port}).
     * A revoked key is refused on every host, whatever the revoking line's host field says: a key compromised on
     * one machine is compromised wherever it was copied. Any known key for the host that is not this one makes
     * a MISMATCH, even of another key type: the client asks for the known types first, so a server that still
     * had its known key would have shown it, and an impostor must not get a mere "unknown" by offering a new type.
     */
    public HostKeyLookup lookup(String knownHostsName, PublicKey key) {
        byte[] presented = HostKeyFingerprint.wireEncoding(key);
        List<KnownHostKey> revoking = new ArrayList<>();
        List<KnownHostKey> matching = new ArrayList<>();
        List<KnownHostKey> knownForHost = new ArrayList<>();
        for (KnownHostEntry entry : entries) {
            boolean sameKey = Arrays.equals(entry.blob(), presented);
            if (entry.revoked()) {
                if (sameKey) {
                    revoking.add(entry.toKnownHostKey());
                }
            } else if (entry.appliesTo(knownHostsName)) {
                knownForHost.add(entry.toKnownHostKey());
                if (sameKey) {
                    matching.add(entry.toKnownHostKey());
                }
            }
        }
        if (!revoking.isEmpty()) {
            return new HostKeyLookup(HostKeyLookup.Result.REVOKED, revoking);
        }
        if (!matching.isEmpty()) {
            return new HostKeyLookup(HostKeyLookup.Result.MATCH, matching);
        }
        if (!knownForHost.isEmpty()) {
            return new HostKeyLookup(HostKeyLookup.Result.MISMATCH, knownForHost);
        }
        return new HostKeyLookup(HostKeyLookup.Result.UNKNOWN, List.of());
    }

    /** The key types known for a host, in file order, each once (revoked keys excluded). */
    public List<String> keyTypesFor(String knownHostsName) {
        return entries.stream()
                .filter(entry -> !entry.revoked() && entry.appliesTo(knownHostsName))
                .map(KnownHostEntry::keyType)
                .distinct()
                .toList();
    }

    /** Every usable key for a host, revoked ones excluded. */
    public List<KnownHostKey> keysFor(String knownHostsName) {
        return entries.stream()
                .filter(entry -> !entry.revoked() && entry.appliesTo(knownHostsName))
                .map(KnownHostEntry::toKnownHostKey)
                .toList();
    }

    /** Lines skipped because they are malformed or cannot be evaluated: {@code file:line: why}. */
    public List<String> warnings() {
        return warnings;
    }

    /** Well-formed lines deliberately not used, such as {@code @cert-authority}: {@code file:line: why}. */
    public List<String> notes() {
        return notes;
    }

    /** How many usable lines were read, revoked ones included. */
    public int size() {
        return entries.size();
    }
}
