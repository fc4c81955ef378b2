package dev.incidentconsole.ui.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * A read-only observable list over a circular array of fixed capacity. Dropping the oldest rows costs as much as
 * the rows dropped: an array-backed observable list removes a range one element at a time, each shifting all
 * the rest, which at 20,000 rows stalls the FX thread for seconds. Its change events are whole ranges too.
 */
final class RingList<E> extends ObservableListBase<E> {

    private final Object[] slots;
    private int head;
    private int size;

    RingList(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        slots = new Object[capacity];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) slots[(head + index) % slots.length];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Removes {@code fromEnd} elements at the end and {@code fromStart} at the start, then appends {@code added}
     * (dropping more of the oldest if it would not fit). Listeners hear two changes, the removals and then the
     * addition: in one change a removal and an addition at the end read as a replacement, which the list view
     * answers by marking every replaced row dirty, one at a time. An edit that leaves none of the old rows is
     * the exception (see {@link #replaceAll}).
     */
    void edit(int fromEnd, int fromStart, List<? extends E> added) {
        List<? extends E> kept = added.size() > slots.length ? added.subList(added.size() - slots.length, added.size()) : added;
        int end = Math.min(fromEnd, size);
        int start = Math.min(Math.max(fromStart, size - end + kept.size() - slots.length), size - end);
        if (size > 0 && end + start == size && !kept.isEmpty()) {
            replaceAll(kept);
            return;
        }
        if (end > 0 || start > 0) {
            dropEnds(end, start);
        }
        if (!kept.isEmpty()) {
            appendAll(kept);
        }
    }

    /**
     * Every row gives way to {@code kept}, as when a flood brings a whole list of new lines: one replacement. Heard
     * as the removal of every row, the list view would count no rows for a moment and rebuild all its cells,
     * emptying and restyling each; a replacement only refreshes the rows it shows.
     */
    private void replaceAll(List<? extends E> kept) {
        List<E> removed = snapshot(0, size);
        Arrays.fill(slots, null);
        head = 0;
        size = 0;
        for (E element : kept) {
            slots[size++] = element;
        }
        fireChange(new RangeChange(List.of(new Range<>(0, size, removed))));
    }

    private void dropEnds(int end, int start) {
        List<Range<E>> ranges = new ArrayList<>(2);
        if (end > 0) {
            ranges.add(new Range<>(size - end, size - end, snapshot(size - end, size)));
            clear(size - end, end);
            size -= end;
        }
        if (start > 0) {
            ranges.add(new Range<>(0, 0, snapshot(0, start)));
            clear(0, start);
            head = (head + start) % slots.length;
            size -= start;
        }
        fireChange(new RangeChange(ranges));
    }

    private void appendAll(List<? extends E> kept) {
        int from = size;
        for (E element : kept) {
            slots[(head + size) % slots.length] = element;
            size++;
        }
        fireChange(new RangeChange(List.of(new Range<>(from, size, List.of()))));
    }

    private void clear(int from, int count) {
        for (int i = from; i < from + count; i++) {
            slots[(head + i) % slots.length] = null;
        }
    }

    /** The elements from {@code from} to {@code to} as an unmodifiable list, copied in at most two array copies. */
    @SuppressWarnings("unchecked")
    private List<E> snapshot(int from, int to) {
        Object[] out = new Object[to - from];
        int first = (head + from) % slots.length;
        int firstPart = Math.min(out.length, slots.length - first);
        System.arraycopy(slots, first, out, 0, firstPart);
        System.arraycopy(slots, 0, out, firstPart, out.length - firstPart);
        return (List<E>) Collections.unmodifiableList(Arrays.asList(out));
    }

    /** Elements {@code from} to {@code to} were added, or {@code removed} were taken out at {@code from}. */
    private record Range<E>(int from, int to, List<E> removed) {
    }

    /**
     * A change made of whole ranges. JavaFX's change builder records a removal element by element, which for the
     * thousands of rows a flooded view drops in one pulse costs more than the rest of the update.
     */
    private final class RangeChange extends ListChangeListener.Change<E> {

        private final List<Range<E>> ranges;
        private int cursor = -1;

        RangeChange(List<Range<E>> ranges) {
            super(RingList.this);
            this.ranges = ranges;
        }

        @Override
        public boolean next() {
            cursor++;
            return cursor < ranges.size();
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            return current().from();
        }

        @Override
        public int getTo() {
            return current().to();
        }

        @Override
        public List<E> getRemoved() {
            return current().removed();
        }

        @Override
        protected int[] getPermutation() {
            current();
            return new int[0];
        }

        private Range<E> current() {
            if (cursor < 0 || cursor >= ranges.size()) {
                throw new IllegalStateException("call next() before reading a change, and only while it returns true");
            }
            return ranges.get(cursor);
        }
    }
}
