package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.CommandSpec;
import dev.incidentconsole.remote.HostTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The words a responder reads about one host's key: what was found, and what to do about it. */
final class HostKeyMessages {

    private final HostTarget target;
    private final String keyType;
    private final String fingerprint;

    HostKeyMessages(HostTarget target, String keyType, String fingerprint) {
        this.target = target;
        this.keyType = keyType;
        this.fingerprint = fingerprint;
    }

    String keyType() {
        return keyType;
    }

    String fingerprint() {
        return fingerprint;
    }

    HostKeyOutcome outcome(HostKeyOutcome.Verdict verdict, HostKeyLookup lookup, String message,
                           List<String> warnings) {
        List<String> known = lookup.result() == HostKeyLookup.Result.MISMATCH ? lookup.fingerprints() : List.of();
        return new HostKeyOutcome(verdict, keyType, fingerprint, known, message, warnings);
    }

    String known(HostKeyLookup lookup) {
        return host() + " matches " + lookup.keys().get(0).location() + " (" + keyType + " " + fingerprint + ")";
    }

    String changed(HostKeyLookup lookup) {
        String known = lookup.keys().stream()
                .map(key -> key.fingerprint() + " (" + key.keyType() + ", " + key.location() + ")")
                .distinct()
                .collect(Collectors.joining(", "));
        String removal = lookup.files().stream()
                .map(file -> "ssh-keygen -R " + CommandSpec.singleQuoted(target.knownHostsName()) + " -f "
                        + CommandSpec.singleQuoted(file))
                .collect(Collectors.joining(" and "));
        return host() + " has CHANGED: known " + known + ", presented " + fingerprint + " (" + keyType
                + "); refusing to connect. Someone may be impersonating the host. If the change is expected, "
                + "remove the old entry with " + removal + " and connect again to approve the new key.";
    }

    String revoked(HostKeyLookup lookup) {
        String lines = lookup.keys().stream().map(KnownHostKey::location).collect(Collectors.joining(", "));
        return host() + " presented " + fingerprint + " (" + keyType + "), which is REVOKED (@revoked at "
                + lines + "); refusing to connect. The host needs a new key.";
    }

    String unknownStrict() {
        return host() + " is not known (" + keyType + " " + fingerprint + ") and host key checking is strict; "
                + "refusing to connect. Check the fingerprint out of band, then add the key to known_hosts.";
    }

    String awaitingApproval() {
        return host() + " is not known (" + keyType + " " + fingerprint + ") and the connection ended while "
                + "waiting for the responder to approve it; key exchange waits only as long as the transport timeout.";
    }

    String notApproved(RuntimeException failure) {
        String why = failure == null ? "was not approved" : "could not be approved (" + failure + ")";
        return host() + " is not known (" + keyType + " " + fingerprint + ") and " + why + "; refusing to connect.";
    }

    String approved(String saveFailure, Path file) {
        return host() + " was not known; the responder approved " + keyType + " " + fingerprint + saved(saveFailure, file);
    }

    String acceptedNew(String saveFailure, Path file) {
        return host() + " was not known; " + keyType + " " + fingerprint + " accepted as new" + saved(saveFailure, file);
    }

    private static String saved(String saveFailure, Path file) {
        return saveFailure == null
                ? "; saved to " + file
                : "; NOT remembered, because " + file + " could not be written (" + saveFailure + ")";
    }

    private String host() {
        return "host key for " + target.alias() + " (" + target.knownHostsName() + ")";
    }
}
