package dev.incidentconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Worker threads flood a batcher; the FX thread gets everything in order, once per pulse, within the bound. */
class PulseBatcherTest {

    private record Item(int thread, int seq) {
    }

    /** What the FX thread received, and in which pulse each batch arrived. */
    private final List<Item> received = new CopyOnWriteArrayList<>();
    private final List<Long> batchPulses = new CopyOnWriteArrayList<>();
    private final List<Long> droppedPerBatch = new CopyOnWriteArrayList<>();
    private final AtomicLong pulse = new AtomicLong();
    private final AnimationTimer pulseCounter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse.incrementAndGet();
        }
    };

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void countPulses() throws Exception {
        Platform.runLater(pulseCounter::start);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulse.get() > 0);
    }

    @AfterEach
    void stopCounting() {
        Platform.runLater(pulseCounter::stop);
    }

    private PulseBatcher<Item> batcher(int capacity) {
        return new PulseBatcher<>(capacity, batch -> {
            assertThat(Platform.isFxApplicationThread()).isTrue();
            batchPulses.add(pulse.get());
            droppedPerBatch.add(batch.dropped());
            received.addAll(batch.items());
        });
    }

    @Test
    void fourThreadsPostingFreelyLoseNothingKeepTheirOrderAndGetOneBatchPerPulse() throws Exception {
        PulseBatcher<Item> batcher = batcher(1_000_000);
        int perThread = 50_000;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                for (int seq = 0; seq < perThread; seq++) {
                    if (seq % 7 == 0) {
                        batcher.postAll(List.of(new Item(thread, seq), new Item(thread, seq + 1)));
                        seq++;
                    } else {
                        batcher.post(new Item(thread, seq));
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> received.size() == 4 * perThread);

        for (int t = 0; t < 4; t++) {
            int thread = t;
            assertThat(received.stream().filter(i -> i.thread() == thread).map(Item::seq).toList())
                    .as("thread %d's items, in order", t).isEqualTo(IntStream.range(0, perThread).boxed().toList());
        }
        assertThat(droppedPerBatch).containsOnly(0L);
        assertThat(batchPulses).as("never two batches in one pulse").doesNotHaveDuplicates();
        assertThat(batchPulses.size()).as("batches, far fewer than posts").isLessThan(4 * perThread / 10);
    }

    @Test
    void aFloodWhileTheFxThreadIsBusyKeepsOnlyTheNewestItemsAndCountsTheRest() throws Exception {
        PulseBatcher<Item> batcher = batcher(100);
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> {
            busy.countDown();
            await(release);
        });
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        for (int seq = 0; seq < 10_000; seq++) {
            batcher.post(new Item(0, seq));
        }
        batcher.postAll(IntStream.range(10_000, 10_250).mapToObj(seq -> new Item(0, seq)).toList());
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !received.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(received).extracting(Item::seq).isEqualTo(IntStream.range(10_150, 10_250).boxed().toList());
        assertThat(droppedPerBatch).containsExactly(10_150L);
    }

    @Test
    void drainTakesEverythingOnceAndAnIdleBatcherStaysQuiet() throws Exception {
        PulseBatcher<Item> batcher = batcher(10);
        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> await(release));
        batcher.post(new Item(0, 1));
        batcher.post(new Item(0, 2));

        PulseBatcher.Batch<Item> batch = batcher.drain();
        release.countDown();

        assertThat(batch.items()).containsExactly(new Item(0, 1), new Item(0, 2));
        assertThat(batcher.drain().isEmpty()).isTrue();
        long before = pulse.get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pulse.get() > before + 5);
        assertThat(received).as("nothing was left to deliver").isEmpty();
    }

    @Test
    void aMinimumGapSpacesTheDeliveriesOfASteadyStream() throws Exception {
        PulseBatcher<Item> batcher = new PulseBatcher<>(1_000, java.time.Duration.ofMillis(100), null, batch -> {
            batchPulses.add(pulse.get());
            received.addAll(batch.items());
        });
        long started = System.nanoTime();
        for (int seq = 0; seq < 150; seq++) {
            batcher.post(new Item(0, seq));
            Thread.sleep(10);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> received.size() == 150);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(received).extracting(Item::seq).isEqualTo(IntStream.range(0, 150).boxed().toList());
        assertThat(batchPulses.size()).as("deliveries in %d ms", elapsedMillis).isLessThanOrEqualTo((int) (elapsedMillis / 100) + 2);
        assertThat(pulse.get()).as("the pulses themselves were not slowed").isGreaterThan(2L * batchPulses.size());
    }

    @Test
    void afterABatchThatDroppedItemsTheNextWaitsTheFloodGap() throws Exception {
        List<Long> deliveredAt = new CopyOnWriteArrayList<>();
        List<Long> dropped = new CopyOnWriteArrayList<>();
        PulseBatcher<Item> batcher = new PulseBatcher<>(10, java.time.Duration.ZERO, java.time.Duration.ofSeconds(2), null, batch -> {
            deliveredAt.add(System.nanoTime());
            dropped.add(batch.dropped());
            received.addAll(batch.items());
        });
        for (int seq = 0; seq < 50; seq++) {
            batcher.post(new Item(0, seq)); // more than the capacity before any pulse: a flood
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> deliveredAt.size() == 1);
        batcher.post(new Item(0, 50)); // a trickle after it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> deliveredAt.size() == 2);
        batcher.post(new Item(0, 51));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> deliveredAt.size() == 3);

        assertThat(dropped).containsExactly(40L, 0L, 0L);
        assertThat(received).extracting(Item::seq).containsExactly(40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51);
        // Wide margins: the first gap is a lower bound the batcher keeps, the second only has to be far below it.
        assertThat((deliveredAt.get(1) - deliveredAt.get(0)) / 1_000_000).as("after the flood").isGreaterThanOrEqualTo(1_950);
        assertThat((deliveredAt.get(2) - deliveredAt.get(1)) / 1_000_000).as("after a batch without drops").isLessThan(1_500);
    }

    @Test
    void batchersSharingTurnsDeliverOneAPulseAndEachInTurn() throws Exception {
        PulseBatcher.Turns turns = new PulseBatcher.Turns();
        List<List<Long>> pulsesOf = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        List<PulseBatcher<Item>> batchers = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            List<Long> mine = pulsesOf.get(b);
            batchers.add(new PulseBatcher<>(1_000, java.time.Duration.ZERO, turns, batch -> {
                mine.add(pulse.get());
                received.addAll(batch.items());
            }));
        }
        for (int seq = 0; seq < 200; seq++) {
            for (int b = 0; b < 3; b++) {
                batchers.get(b).post(new Item(b, seq));
            }
            Thread.sleep(2);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> received.size() == 600);

        List<Long> all = pulsesOf.stream().flatMap(List::stream).toList();
        assertThat(all).as("one delivery a pulse among the three").doesNotHaveDuplicates();
        assertThat(pulsesOf).allSatisfy(mine -> assertThat(mine.size()).isGreaterThan(all.size() / 5));
        for (int b = 0; b < 3; b++) {
            int batcher = b;
            assertThat(received.stream().filter(i -> i.thread() == batcher).map(Item::seq).toList())
                    .isEqualTo(IntStream.range(0, 200).boxed().toList());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
