package dev.incidentconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Feeding threads give way while the FX thread is held up, and only then. */
class FxPacerTest {

    private final CountDownLatch releaseFx = new CountDownLatch(1);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void freeTheFxThread() {
        releaseFx.countDown();
    }

    /** A pacer already watching pulses, as it is once output flows. */
    private static FxPacer watching(long maxWaitMillis) throws Exception {
        FxPacer pacer = new FxPacer(TimeUnit.MILLISECONDS.toNanos(maxWaitMillis));
        pacer.giveWay();
        pacer.giveWay(); // two feeds in quick succession, as a flood's chunks come
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(pacer.watching()).isTrue();
        return pacer;
    }

    /** Keeps the FX thread busy until {@link #releaseFx}, as a long layout or a starved CPU would. */
    private void holdTheFxThread() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        Platform.runLater(() -> {
            held.countDown();
            try {
                releaseFx.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(FxPacer.LATE_NANOS) * 2);
    }

    private static Thread feeder(FxPacer pacer, AtomicLong returnedAt, AtomicBoolean interruptedAfter) {
        Thread thread = new Thread(() -> {
            pacer.giveWay();
            returnedAt.set(System.nanoTime());
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        }, "feeder");
        thread.setDaemon(true);
        return thread;
    }

    @Test
    void aFeederWaitsWhileTheWindowIsHeldAndGoesOnOnceItPulsesOnTime() throws Exception {
        FxPacer pacer = watching(10_000);
        holdTheFxThread();
        AtomicLong returnedAt = new AtomicLong();
        Thread feeder = feeder(pacer, returnedAt, new AtomicBoolean());
        feeder.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pacer.waits() == 1);
        long released = System.nanoTime();
        releaseFx.countDown();
        feeder.join(10_000);

        assertThat(feeder.isAlive()).isFalse();
        assertThat(returnedAt.get() - released).as("nanos from release to the feeder going on").isPositive();
        assertThat(pacer.waits()).isEqualTo(1);
    }

    @Test
    void aFeederWaitsAtMostItsBoundAndThenRunsAsLongBeforeWaitingAgain() throws Exception {
        FxPacer pacer = watching(300);
        holdTheFxThread();
        long started = System.nanoTime();
        pacer.giveWay(); // the window stays held: the wait ends at its bound
        long waited = System.nanoTime() - started;
        pacer.giveWay();
        pacer.giveWay();

        assertThat(waited).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
        assertThat(pacer.waits()).as("waits while the window was still held").isEqualTo(1);
    }

    @Test
    void anInterruptEndsTheWaitAndIsKept() throws Exception {
        FxPacer pacer = watching(60_000);
        holdTheFxThread();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread feeder = feeder(pacer, new AtomicLong(), interruptedAfter);
        feeder.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pacer.waits() == 1);
        feeder.interrupt();
        feeder.join(10_000);

        assertThat(feeder.isAlive()).isFalse();
        assertThat(interruptedAfter).isTrue();
    }

    @Test
    void pulsesAreNoLongerWatchedOnceFeedingStopsAndAreWatchedAgainWhenItQuickens() throws Exception {
        FxPacer pacer = watching(100);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !pacer.watching());
        pacer.giveWay();
        pacer.giveWay();
        assertThat(pacer.watching()).isTrue();
        assertThat(pacer.waits()).isZero();
    }

    @Test
    void outputThatTricklesInNeverStartsTheWatchNorWaits() throws Exception {
        FxPacer pacer = new FxPacer(TimeUnit.SECONDS.toNanos(10));
        holdTheFxThread();
        for (int line = 0; line < 4; line++) {
            pacer.giveWay();
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(FxPacer.BUSY_NANOS) * 2);
        }
        assertThat(pacer.watching()).isFalse();
        assertThat(pacer.waits()).isZero();
    }
}
