package dev.incidentconsole.remote.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CipherWarmUpTest {

    @Test
    void everyPacketDecryptsToWhatWasSealed() throws Exception {
        // run() lets the cipher's tag check fail loudly, so returning means every round trip held.
        assertThat(CipherWarmUp.run(300)).isPositive();
    }

    @Test
    void theBackgroundWarmUpIsALowPriorityDaemonThatEnds() throws Exception {
        Thread thread = CipherWarmUp.inBackground();
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        thread.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(thread.isAlive()).isFalse();
    }
}
