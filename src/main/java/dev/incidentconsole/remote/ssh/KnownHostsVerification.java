package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.ExecStatus;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import java.util.Optional;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;

/** Host-key checking backed by the responder's known_hosts files, the app's own file and an approver. */
public final class KnownHostsVerification implements HostKeyVerification {

    private final AppKnownHostsFile appFile;
    private final HostKeyApprover approver;

    public KnownHostsVerification(AppKnownHostsFile appFile, HostKeyApprover approver) {
        this.appFile = appFile;
        this.approver = approver;
    }

    @Override
    public HostKeyVerifier verifierFor(HostTarget host) {
        return new HostKeyPolicy(host, appFile, approver);
    }

    @Override
    public Optional<Refusal> refusalOf(HostKeyVerifier verifier) {
        if (!(verifier instanceof HostKeyPolicy)) {
            return Optional.empty();
        }
        HostKeyOutcome outcome = ((HostKeyPolicy) verifier).outcome();
        return outcome.refusalStatus().map(status -> new Refusal(status == ExecStatus.HOST_KEY_CHANGED, outcome.message()));
    }
}
