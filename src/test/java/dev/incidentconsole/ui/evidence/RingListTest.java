package dev.incidentconsole.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The circular list behind an output view: bounded, in order, and change events that describe each edit exactly. */
class RingListTest {

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** A plain observable list that replays every change it hears, to check the events describe the edits. */
    private static ObservableList<Integer> mirror(RingList<Integer> ring, List<Boolean> replacements) {
        ObservableList<Integer> copy = FXCollections.observableArrayList(ring);
        ring.addListener((ListChangeListener<Integer>) change -> {
            while (change.next()) {
                replacements.add(change.wasReplaced());
                assertThat(change.getRemoved()).isEqualTo(copy.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()));
                copy.remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                copy.addAll(change.getFrom(), change.getAddedSubList());
            }
        });
        return copy;
    }

    @Test
    void keepsTheNewestElementsInOrderAndReportsNoReplacementWhileSomeRowsStay() {
        RingList<Integer> ring = new RingList<>(5);
        List<Boolean> events = new ArrayList<>();
        ObservableList<Integer> copy = mirror(ring, events);

        ring.edit(0, 0, range(0, 3));
        assertThat(ring).containsExactly(0, 1, 2);
        ring.edit(1, 0, range(3, 7));
        assertThat(ring).containsExactly(1, 3, 4, 5, 6);
        ring.edit(2, 1, range(10, 12));
        assertThat(ring).containsExactly(3, 4, 10, 11);
        ring.edit(0, 0, range(20, 24));
        assertThat(ring).containsExactly(11, 20, 21, 22, 23);

        assertThat(copy).isEqualTo(ring);
        assertThat(events).isNotEmpty().containsOnly(false);
    }

    @Test
    void anEditThatDropsEveryRowIsOneReplacementSoTheListNeverReadsAsEmpty() {
        RingList<Integer> ring = new RingList<>(5);
        ring.edit(0, 0, range(0, 4));
        List<Boolean> events = new ArrayList<>();
        ObservableList<Integer> copy = mirror(ring, events);
        List<Integer> sizesHeard = new ArrayList<>();
        ring.addListener((ListChangeListener<Integer>) change -> sizesHeard.add(change.getList().size()));

        ring.edit(0, 0, range(20, 40));
        assertThat(ring).containsExactly(35, 36, 37, 38, 39);
        ring.edit(2, 3, range(50, 51)); // the two newest rows replaced (an unfinished line) and the three oldest dropped
        assertThat(ring).containsExactly(50);

        assertThat(copy).isEqualTo(ring);
        assertThat(events).containsExactly(true, true);
        assertThat(sizesHeard).containsExactly(5, 1);
    }

    @Test
    void wrapsAroundManyTimesWithoutLosingOrder() {
        RingList<Integer> ring = new RingList<>(7);
        List<Boolean> events = new ArrayList<>();
        ObservableList<Integer> copy = mirror(ring, events);
        for (int i = 0; i < 1000; i += 3) {
            ring.edit(i % 2, 0, range(i, i + 3));
        }
        assertThat(ring).hasSize(7).endsWith(999, 1000, 1001).isSorted();
        assertThat(copy).isEqualTo(ring);
        ring.edit(0, 2, List.of());
        assertThat(ring).hasSize(5).endsWith(999, 1000, 1001);
        assertThat(copy).isEqualTo(ring);
    }

    @Test
    void aChangeIsReadOnlyAfterNextAndCanBeReadAgainAfterReset() {
        RingList<Integer> ring = new RingList<>(4);
        ring.edit(0, 0, range(0, 4));
        List<String> seen = new ArrayList<>();
        ring.addListener((ListChangeListener<Integer>) change -> {
            assertThatThrownBy(change::getFrom).isInstanceOf(IllegalStateException.class);
            for (int pass = 0; pass < 2; pass++) {
                while (change.next()) {
                    seen.add(change.getFrom() + ":" + change.getRemoved() + "+" + change.getAddedSubList());
                }
                change.reset();
            }
        });
        ring.edit(1, 1, List.of(7));
        assertThat(seen).containsExactly("3:[3]+[]", "0:[0]+[]", "3:[3]+[]", "0:[0]+[]", "2:[]+[7]", "2:[]+[7]");
    }

    @Test
    void isReadOnlyForEveryoneElse() {
        RingList<Integer> ring = new RingList<>(3);
        ring.edit(0, 0, List.of(1));
        assertThatThrownBy(() -> ring.add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ring.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
