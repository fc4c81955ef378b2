package dev.incidentconsole.ui.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidentconsole.remote.ExecResult;
import dev.incidentconsole.remote.ExecStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the panel says about a connection: the problem in words, the clock offset, what a result implies. */
class ConnectionWordsTest {

    @Test
    void aChangedKeyIsSevereAndSaysItMayBeAnAttackOrAReinstallAndWhatToDo() {
        ConnectionProblem problem = ConnectionProblem.of(ExecStatus.HOST_KEY_CHANGED,
                "host key for web-1 (10.0.0.1) has CHANGED: known SHA256:old, presented SHA256:new");

        assertThat(problem.severe()).isTrue();
        assertThat(problem.headline()).isEqualTo("CHANGED host key, refused");
        assertThat(problem.explanation()).contains("could be an attack").contains("reinstalled")
                .contains("ask the host's owner").contains("remove the old entry from known_hosts")
                .endsWith("presented SHA256:new");
    }

    @Test
    void everyConnectionFailureHasItsOwnHeadlineAndKeepsTheTransportsSentence() {
        assertThat(ConnectionProblem.of(ExecStatus.UNREACHABLE, "db-1: cannot reach 10.0.0.2:22: connection refused"))
                .satisfies(p -> assertThat(p.headline()).isEqualTo("Unreachable"))
                .satisfies(p -> assertThat(p.explanation()).endsWith("connection refused"))
                .satisfies(p -> assertThat(p.severe()).isFalse());
        assertThat(ConnectionProblem.of(ExecStatus.HOST_KEY_UNKNOWN, null).headline())
                .isEqualTo("Unknown host key refused");
        assertThat(ConnectionProblem.of(ExecStatus.AUTHENTICATION_FAILED, "").explanation())
                .contains("authorized_keys").doesNotEndWith("\n");
        assertThat(ConnectionProblem.of(ExecStatus.CONNECTION_LOST, "reset").headline()).isEqualTo("Connection lost");
        assertThat(ConnectionProblem.of(ExecStatus.TIMED_OUT, null).headline())
                .isEqualTo("Ran past its timeout and was stopped");
    }

    @Test
    void clockOffsetIsSignedWithOneDecimalAndWarnedAboveTwoSeconds() {
        assertThat(new ClockOffset(Duration.ofMillis(1234)).text()).isEqualTo("+1.2 s");
        assertThat(new ClockOffset(Duration.ofMillis(-400)).text()).isEqualTo("-0.4 s");
        assertThat(new ClockOffset(Duration.ofMillis(-30)).text()).as("no minus sign on nothing").isEqualTo("0.0 s");
        assertThat(new ClockOffset(null).text()).isEqualTo("not measured");
        assertThat(new ClockOffset(Duration.ofMillis(2000)).needsWarning()).isFalse();
        assertThat(new ClockOffset(Duration.ofMillis(2001)).needsWarning()).isTrue();
        assertThat(new ClockOffset(Duration.ofMillis(-3500)).needsWarning()).isTrue();
        assertThat(new ClockOffset(Duration.ofMillis(-3500)).warning()).startsWith("This host's clock is 3.5 s behind yours")
                .contains("3.5 s earlier");
    }

    @Test
    void aCommandThatRanMeansConnectedWhateverItsExitAndALostConnectionMeansFailed() {
        Instant now = Instant.now();
        ExecResult exitedOne = new ExecResult("web-1", "false", ExecStatus.FAILED, 1, null, now, now, Duration.ZERO,
                0, 0, "SHA256:abc", Duration.ofMillis(300), null);
        ExecResult lost = new ExecResult("web-1", "sleep 9", ExecStatus.CONNECTION_LOST, null, null, now, now,
                Duration.ZERO, 0, 0, "SHA256:abc", Duration.ofMillis(300), "the connection ended");

        HostUpdate ran = HostUpdate.of(exitedOne).orElseThrow();
        assertThat(ran.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(ran.fingerprint()).isEqualTo("SHA256:abc");
        assertThat(ran.clockOffset()).isEqualTo(Duration.ofMillis(300));
        HostUpdate dropped = HostUpdate.of(lost).orElseThrow();
        assertThat(dropped.state()).isEqualTo(ConnectionState.FAILED);
        assertThat(dropped.problem().headline()).isEqualTo("Connection lost");
        assertThat(dropped.fingerprint()).isNull();
        ExecResult cancelledBeforeItStarted = new ExecResult("web-1", null, ExecStatus.CANCELLED, null, null, now, now,
                Duration.ZERO, 0, 0, null, null, "cancelled before it started");
        assertThat(HostUpdate.of(cancelledBeforeItStarted)).isEmpty();
    }
}
