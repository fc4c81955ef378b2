package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.ExecStatus;
import java.util.List;
import java.util.Optional;

/**
 * How a host's key was judged on one connection: the verdict, the presented key, the keys known for the host
 * (for a changed key) and a message a responder can act on. {@code knownHostsWarnings} are the skipped lines of
 * the files read, since a broken line can be why a host looks unknown.
 */
public record HostKeyOutcome(Verdict verdict, String keyType, String presentedFingerprint,
                             List<String> knownFingerprints, String message, List<String> knownHostsWarnings) {

    public enum Verdict {
        /** No key has been presented yet (the connection failed before key exchange, or has not started). */
        NOT_CHECKED(true),
        /** A known_hosts line holds this key. */
        KNOWN(false),
        /** Unknown; the responder approved the fingerprint. */
        APPROVED(false),
        /** Unknown; accepted because the host is set to accept new keys. */
        ACCEPTED_NEW(false),
        /**
         * Unknown; the responder was asked and has not answered. Seen after connecting when the key exchange
         * timed out first: it waits only as long as the transport timeout.
         */
        AWAITING_APPROVAL(true),
        /** Unknown, and the host is set to strict checking. */
        REFUSED_UNKNOWN(true),
        /** Unknown, and the responder did not approve it. */
        REFUSED_NOT_APPROVED(true),
        /** Other keys are known for the host: possibly an impostor. */
        REFUSED_CHANGED(true),
        /** The key is marked {@code @revoked}. */
        REFUSED_REVOKED(true);

        private final boolean refused;

        Verdict(boolean refused) {
            this.refused = refused;
        }
    }

    public HostKeyOutcome {
        knownFingerprints = List.copyOf(knownFingerprints);
        knownHostsWarnings = List.copyOf(knownHostsWarnings);
    }

    static HostKeyOutcome notChecked() {
        return new HostKeyOutcome(Verdict.NOT_CHECKED, null, null, List.of(), "no host key checked yet", List.of());
    }

    public boolean accepted() {
        return !verdict.refused;
    }

    /** The status a transport reports when the connection was refused for this reason; empty otherwise. */
    public Optional<ExecStatus> refusalStatus() {
        switch (verdict) {
            case AWAITING_APPROVAL:
            case REFUSED_UNKNOWN:
            case REFUSED_NOT_APPROVED:
                return Optional.of(ExecStatus.HOST_KEY_UNKNOWN);
            case REFUSED_CHANGED:
            case REFUSED_REVOKED:
                return Optional.of(ExecStatus.HOST_KEY_CHANGED);
            default:
                return Optional.empty();
        }
    }
}
