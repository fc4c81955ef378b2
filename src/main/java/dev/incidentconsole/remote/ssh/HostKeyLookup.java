package dev.incidentconsole.remote.ssh;

import java.util.List;

/**
 * What the known_hosts files say about a key a host presented. {@code keys} are the lines behind the answer:
 * the matching line(s) for MATCH, every key known for the host for MISMATCH, the revoking line(s) for REVOKED,
 * nothing for UNKNOWN.
 */
public record HostKeyLookup(Result result, List<KnownHostKey> keys) {

    public enum Result {
        /** A line for this host holds exactly this key. */
        MATCH,
        /** Keys are known for this host, and this is none of them. */
        MISMATCH,
        /** The key is marked {@code @revoked}; it is refused whatever else is listed. */
        REVOKED,
        /** Nothing is known for this host. */
        UNKNOWN
    }

    public HostKeyLookup {
        keys = List.copyOf(keys);
    }

    public List<String> fingerprints() {
        return keys.stream().map(KnownHostKey::fingerprint).distinct().toList();
    }

    /** The files holding the keys, each once, in the order they were read. */
    public List<String> files() {
        return keys.stream().map(KnownHostKey::file).distinct().toList();
    }
}
