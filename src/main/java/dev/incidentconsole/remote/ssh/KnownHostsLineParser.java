package dev.incidentconsole.remote.ssh;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import net.schmizz.sshj.common.Buffer;

/**
 * Turns the lines of one known_hosts file into entries. A line that cannot be trusted to mean what it seems to
 * is skipped and reported as a warning at {@code file:line}; a well-formed line this app deliberately does not
 * use (a CA key, a key type it does not support) is skipped with a note.
 */
final class KnownHostsLineParser {

    static final Set<String> SUPPORTED_KEY_TYPES = Set.of("ssh-ed25519", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ssh-rsa");

    private static final String REVOKED = "@revoked";
    private static final String CERT_AUTHORITY = "@cert-authority";

    private final String file;
    private final List<KnownHostEntry> entries;
    private final List<String> warnings;
    private final List<String> notes;

    KnownHostsLineParser(String file, List<KnownHostEntry> entries, List<String> warnings, List<String> notes) {
        this.file = file;
        this.entries = entries;
        this.warnings = warnings;
        this.notes = notes;
    }

    void parse(int lineNumber, String text) {
        String line = text.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        String[] fields = line.split("\\s+");
        int next = 0;
        boolean revoked = false;
        if (fields[0].startsWith("@")) {
            if (fields[0].equals(CERT_AUTHORITY)) {
                note(lineNumber, "@cert-authority line ignored: host certificates are not trusted by this app, "
                        + "so hosts are checked by their plain keys");
                return;
            }
            if (!fields[0].equals(REVOKED)) {
                warn(lineNumber, "unknown marker " + fields[0]);
                return;
            }
            revoked = true;
            next = 1;
        }
        if (fields.length - next < 3) {
            warn(lineNumber, "expected hosts, key type and base64 key");
            return;
        }
        String hostField = fields[next];
        String keyType = fields[next + 1];
        String keyBase64 = fields[next + 2];
        try {
            KnownHostEntry.HostMatcher hosts = hostField.startsWith("|")
                    ? HashedHostName.parse(hostField) : new HostPatternList(hostField);
            if (!SUPPORTED_KEY_TYPES.contains(keyType)) {
                skipUnsupported(lineNumber, keyType, revoked);
                return;
            }
            byte[] blob = canonicalBlob(keyType, keyBase64);
            entries.add(new KnownHostEntry(hosts, revoked, keyType, blob, HostKeyFingerprint.ofBlob(blob), file,
                    lineNumber));
        } catch (IllegalArgumentException e) {
            warn(lineNumber, e.getMessage());
        }
    }

    private void skipUnsupported(int lineNumber, String keyType, boolean revoked) {
        if (keyType.chars().allMatch(Character::isDigit)) {
            note(lineNumber, "SSH protocol 1 key ignored");
        } else if (keyType.equals("ssh-dss") || keyType.startsWith("sk-") || keyType.contains("-cert-")) {
            // A revocation we cannot evaluate must not pass unnoticed, hence a warning rather than a note.
            String text = "key type " + keyType + " is not supported here; line ignored";
            if (revoked) {
                warn(lineNumber, text);
            } else {
                note(lineNumber, text);
            }
        } else {
            warn(lineNumber, "unknown key type '" + keyType + "'");
        }
    }

    /**
     * Decodes the key with sshj and re-encodes it, so file keys and presented keys are compared in one
     * canonical form; also rejects a blob whose embedded type contradicts the type field.
     */
    private static byte[] canonicalBlob(String keyType, String keyBase64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(keyBase64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key is not valid base64");
        }
        String embeddedType;
        PublicKey key;
        try {
            embeddedType = new Buffer.PlainBuffer(decoded).readString();
            key = new Buffer.PlainBuffer(decoded).readPublicKey();
        } catch (Buffer.BufferException | RuntimeException e) {
            throw new IllegalArgumentException("key cannot be decoded as " + keyType + " (" + e.getMessage() + ")");
        }
        if (!embeddedType.equals(keyType)) {
            throw new IllegalArgumentException("key type field says " + keyType + " but the key is "
                    + printable(embeddedType));
        }
        byte[] blob = HostKeyFingerprint.wireEncoding(key);
        if (!Arrays.equals(blob, decoded)) {
            throw new IllegalArgumentException("key has trailing or non-canonical data");
        }
        return blob;
    }

    private static String printable(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "'" + shown.replaceAll("[^\\x20-\\x7e]", "?") + "'";
    }

    private void warn(int lineNumber, String message) {
        warnings.add(file + ":" + lineNumber + ": " + message);
    }

    private void note(int lineNumber, String message) {
        notes.add(file + ":" + lineNumber + ": " + message);
    }
}
