package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.HostKeyApprover;
import dev.incidentconsole.remote.HostTarget;
import dev.incidentconsole.remote.HostTarget.HostKeyChecking;
import dev.incidentconsole.remote.ssh.HostKeyOutcome.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy's decisions without a network: algorithm preferences, re-keying and failures to remember a key. */
class HostKeyPolicyTest {

    @TempDir
    Path dir;

    private HostTarget target(int port, HostKeyChecking checking) {
        return new HostTarget("mcp-1", "10.0.0.5", port, "responder", List.of(), List.of(),
                List.of(dir.resolve("known_hosts")), checking, Duration.ofSeconds(5), Duration.ofSeconds(15), 3);
    }

    @Test
    void asksTheServerForTheKeyTypesAlreadyKnownForTheHost() throws Exception {
        Files.writeString(dir.resolve("known_hosts"), String.join("\n",
                TestKeys.line("[10.0.0.5]:2222", TestKeys.ecdsa256()),
                TestKeys.line("[10.0.0.5]:2222", TestKeys.rsa()),
                TestKeys.line("10.0.0.5", TestKeys.ecdsa("secp384r1")),
                "@revoked [10.0.0.5]:2222 " + TestKeys.ed25519Text()));
        AppKnownHostsFile appFile = new AppKnownHostsFile(dir.resolve("app_known_hosts"));

        HostKeyPolicy onPort2222 = new HostKeyPolicy(target(2222, HostKeyChecking.STRICT), appFile,
                HostKeyApprover.REFUSE_ALL);
        HostKeyPolicy onPort22 = new HostKeyPolicy(target(22, HostKeyChecking.STRICT), appFile,
                HostKeyApprover.REFUSE_ALL);
        HostKeyPolicy elsewhere = new HostKeyPolicy(target(2200, HostKeyChecking.STRICT), appFile,
                HostKeyApprover.REFUSE_ALL);

        assertThat(onPort2222.findExistingAlgorithms("ignored", 0))
                .containsExactly("ecdsa-sha2-nistp256", "rsa-sha2-512", "rsa-sha2-256", "ssh-rsa");
        assertThat(onPort22.findExistingAlgorithms("ignored", 0)).containsExactly("ecdsa-sha2-nistp384");
        assertThat(elsewhere.findExistingAlgorithms("ignored", 0)).isEmpty();
    }

    @Test
    void beforeKeyExchangeNothingIsAccepted() {
        HostKeyPolicy policy = new HostKeyPolicy(target(22, HostKeyChecking.ASK),
                new AppKnownHostsFile(dir.resolve("app")), HostKeyApprover.REFUSE_ALL);

        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.NOT_CHECKED);
        assertThat(policy.outcome().accepted()).isFalse();
        assertThat(policy.outcome().refusalStatus()).isEmpty();
    }

    @Test
    void anApprovedKeyThatCannotBeSavedIsStillUsedAndNotAskedForAgainOnReKeying() throws Exception {
        Path notAFile = Files.createDirectories(dir.resolve("occupied"));
        AtomicInteger asked = new AtomicInteger();
        HostKeyPolicy policy = new HostKeyPolicy(target(22, HostKeyChecking.ASK), new AppKnownHostsFile(notAFile),
                request -> asked.incrementAndGet() > 0);
        PublicKey key = TestKeys.ecdsa256();

        assertThat(policy.verify("10.0.0.5", 22, key)).isTrue();
        assertThat(policy.verify("10.0.0.5", 22, key)).isTrue();

        assertThat(asked).hasValue(1);
        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.APPROVED);
        assertThat(policy.outcome().message()).contains("NOT remembered").contains(notAFile.toString());
    }

    @Test
    void aDifferentKeyOnReKeyingIsJudgedAfresh() {
        HostKeyPolicy policy = new HostKeyPolicy(target(22, HostKeyChecking.ACCEPT_NEW),
                new AppKnownHostsFile(dir.resolve("app_known_hosts")), HostKeyApprover.REFUSE_ALL);

        assertThat(policy.verify("10.0.0.5", 22, TestKeys.ecdsa256())).isTrue();
        assertThat(policy.verify("10.0.0.5", 22, TestKeys.ecdsa256())).isFalse();

        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.REFUSED_CHANGED);
    }

    @Test
    void unsetCheckingMeansAskingNotAccepting() {
        AtomicInteger asked = new AtomicInteger();
        HostKeyPolicy policy = new HostKeyPolicy(target(22, null), new AppKnownHostsFile(dir.resolve("app")),
                request -> asked.incrementAndGet() < 0);

        assertThat(policy.verify("10.0.0.5", 22, TestKeys.ecdsa256())).isFalse();

        assertThat(asked).hasValue(1);
        assertThat(policy.outcome().verdict()).isEqualTo(Verdict.REFUSED_NOT_APPROVED);
    }
}
