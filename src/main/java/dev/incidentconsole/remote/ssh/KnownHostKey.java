package dev.incidentconsole.remote.ssh;

/** A key one known_hosts line holds, located so a responder can find and edit that line. */
public record KnownHostKey(String keyType, String fingerprint, String file, int line) {

    /** {@code file:line}, the form compilers and editors understand. */
    public String location() {
        return file + ":" + line;
    }
}
