package dev.incidentconsole.remote.ssh;

import dev.incidentconsole.remote.HostTarget;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;

/** Host targets and host-key checks for transport tests. */
final class TestHosts {

    private TestHosts() {
    }

    static HostTarget loopback(String alias, int port, String user, Path key, Duration connectTimeout) {
        return new HostTarget(alias, "127.0.0.1", port, user, List.of(key), List.of(), List.of(),
                HostTarget.HostKeyChecking.STRICT, connectTimeout, Duration.ofSeconds(5), 3);
    }

    /** Trusts exactly one key; refuses and explains anything else. */
    static HostKeyVerification trusting(PublicKey trusted) {
        byte[] expected = wire(trusted);
        java.util.Set<HostKeyVerifier> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return new HostKeyVerification() {
            @Override
            public HostKeyVerifier verifierFor(HostTarget host) {
                return new HostKeyVerifier() {
                    @Override
                    public boolean verify(String hostname, int port, PublicKey key) {
                        boolean ok = Arrays.equals(expected, wire(key));
                        if (!ok) refused.add(this);
                        return ok;
                    }

                    @Override
                    public List<String> findExistingAlgorithms(String hostname, int port) {
                        return List.of();
                    }
                };
            }

            @Override
            public Optional<Refusal> refusalOf(HostKeyVerifier verifier) {
                return refused.contains(verifier) ? Optional.of(new Refusal(false, "host key is not known")) : Optional.empty();
            }
        };
    }

    static byte[] wire(PublicKey key) {
        return new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
    }
}
