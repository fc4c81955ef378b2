package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.HostTarget;
import java.util.Optional;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;

/** Supplies the verifier for each connection attempt and, when it refused, explains why in words. */
public interface HostKeyVerification {

    HostKeyVerifier verifierFor(HostTarget host);

    /** After a refused key exchange with {@code verifier}: whether the key was unknown or changed, and why. */
    Optional<Refusal> refusalOf(HostKeyVerifier verifier);

    record Refusal(boolean changed, String message) {
    }
}
