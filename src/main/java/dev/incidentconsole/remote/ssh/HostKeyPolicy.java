package dev.incidentconsole.remote.ssh;

import com.hierynomus.sshj.userauth.certificate.Certificate;
import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.HostTarget.HostKeyChecking;
import dev.incidentconsole.remote.UnknownHostKey;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;

/**
 * Strict host-key checking for one connection to one host. known_hosts is the truth: a known key is accepted,
 * a changed or revoked key is refused without asking anyone, and an unknown key is refused, approved by the
 * responder or accepted as new, as the host's {@link HostKeyChecking} says. Approved keys are remembered in the
 * app's own known_hosts file. Use one instance per connection and read {@link #outcome()} after connecting.
 *
 * <p>The host name and port sshj passes are not used: the policy is bound to its {@link HostTarget}, whose
 * {@link HostTarget#knownHostsName()} is the name the files are searched for.
 */
public final class HostKeyPolicy implements HostKeyVerifier {

    private final HostTarget target;
    private final AppKnownHostsFile appFile;
    private final HostKeyApprover approver;
    private volatile HostKeyOutcome outcome = HostKeyOutcome.notChecked();
    /** Re-keying presents the key again; once accepted on this connection, it is not re-asked. */
    private volatile byte[] acceptedKey;

    public HostKeyPolicy(HostTarget target, AppKnownHostsFile appFile, HostKeyApprover approver) {
        this.target = Objects.requireNonNull(target);
        this.appFile = Objects.requireNonNull(appFile);
        this.approver = Objects.requireNonNull(approver);
    }

    @Override
    public boolean verify(String hostname, int port, PublicKey presented) {
        PublicKey key = plainKey(presented);
        byte[] blob = HostKeyFingerprint.wireEncoding(key);
        if (acceptedKey != null && Arrays.equals(acceptedKey, blob)) {
            return true;
        }
        HostKeyOutcome decided = decide(key);
        outcome = decided;
        if (decided.accepted()) {
            acceptedKey = blob;
        }
        return decided.accepted();
    }

    /**
     * The key types known for this host, so sshj asks the server for one of those first: a host known by its
     * ECDSA key then shows that key instead of an ed25519 one that would look changed.
     */
    @Override
    public List<String> findExistingAlgorithms(String hostname, int port) {
        List<String> algorithms = new ArrayList<>();
        for (String keyType : knownHosts().keyTypesFor(target.knownHostsName())) {
            if (keyType.equals("ssh-rsa")) {
                // An RSA key signs with any of these; prefer the SHA-2 ones, as OpenSSH does.
                algorithms.addAll(List.of("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"));
            } else {
                algorithms.add(keyType);
            }
        }
        return algorithms;
    }

    /** How the last presented key was judged; {@code NOT_CHECKED} before key exchange. */
    public HostKeyOutcome outcome() {
        return outcome;
    }

    /** The user's UserKnownHostsFile list and the app's own file, read afresh. */
    public KnownHosts knownHosts() {
        Set<Path> files = new LinkedHashSet<>(target.userKnownHostsFiles());
        files.add(appFile.path());
        return KnownHosts.read(List.copyOf(files));
    }

    private HostKeyOutcome decide(PublicKey key) {
        KnownHosts knownHosts = knownHosts();
        HostKeyLookup lookup = knownHosts.lookup(target.knownHostsName(), key);
        HostKeyMessages messages = new HostKeyMessages(target, HostKeyFingerprint.keyType(key),
                HostKeyFingerprint.of(key));
        List<String> warnings = knownHosts.warnings();
        switch (lookup.result()) {
            case MATCH:
                return messages.outcome(HostKeyOutcome.Verdict.KNOWN, lookup, messages.known(lookup), warnings);
            case MISMATCH:
                return messages.outcome(HostKeyOutcome.Verdict.REFUSED_CHANGED, lookup, messages.changed(lookup),
                        warnings);
            case REVOKED:
                return messages.outcome(HostKeyOutcome.Verdict.REFUSED_REVOKED, lookup, messages.revoked(lookup),
                        warnings);
            default:
                return decideUnknown(key, messages, lookup, warnings);
        }
    }

    private HostKeyOutcome decideUnknown(PublicKey key, HostKeyMessages messages, HostKeyLookup lookup,
                                         List<String> warnings) {
        // ASK is HostKeyChecking's documented default, and it still needs an explicit yes.
        HostKeyChecking checking = Objects.requireNonNullElse(target.hostKeyChecking(), HostKeyChecking.ASK);
        switch (checking) {
            case STRICT:
                return messages.outcome(HostKeyOutcome.Verdict.REFUSED_UNKNOWN, lookup, messages.unknownStrict(),
                        warnings);
            case ACCEPT_NEW:
                return messages.outcome(HostKeyOutcome.Verdict.ACCEPTED_NEW, lookup,
                        messages.acceptedNew(remember(key), appFile.path()), warnings);
            default:
                outcome = messages.outcome(HostKeyOutcome.Verdict.AWAITING_APPROVAL, lookup,
                        messages.awaitingApproval(), warnings);
                String refusal = askApprover(messages);
                if (refusal != null) {
                    return messages.outcome(HostKeyOutcome.Verdict.REFUSED_NOT_APPROVED, lookup, refusal, warnings);
                }
                return messages.outcome(HostKeyOutcome.Verdict.APPROVED, lookup,
                        messages.approved(remember(key), appFile.path()), warnings);
        }
    }

    /** Null when the responder approved; otherwise the refusal message. */
    private String askApprover(HostKeyMessages messages) {
        UnknownHostKey request = new UnknownHostKey(target.alias(), target.knownHostsName(), messages.keyType(),
                messages.fingerprint());
        try {
            return approver.approve(request) ? null : messages.notApproved(null);
        } catch (RuntimeException e) {
            return messages.notApproved(e);
        }
    }

    /** Appends the key to the app's file; returns null on success, else why it failed (the key is still used). */
    private String remember(PublicKey key) {
        try {
            appFile.append(target.knownHostsName(), key);
            return null;
        } catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }

    /**
     * A host certificate is judged by the plain key inside it, as OpenSSH does when no {@code @cert-authority}
     * vouches for it (and this app trusts no CA).
     */
    private static PublicKey plainKey(PublicKey presented) {
        return presented instanceof Certificate<?> ? ((Certificate<?>) presented).getKey() : presented;
    }
}
