package dev.incidentconsole.remote.ssh;

/**
 * One usable known_hosts line: who it applies to, its key in canonical wire encoding and where it came from.
 * A revoked entry marks its key as never acceptable.
 */
record KnownHostEntry(HostMatcher hosts, boolean revoked, String keyType, byte[] blob, String fingerprint,
                      String file, int line) {

    /** The host field of a line, plain patterns or one hashed name. */
    interface HostMatcher {
        boolean matches(String knownHostsName);
    }

    boolean appliesTo(String knownHostsName) {
        return hosts.matches(knownHostsName);
    }

    KnownHostKey toKnownHostKey() {
        return new KnownHostKey(keyType, fingerprint, file, line);
    }
}
