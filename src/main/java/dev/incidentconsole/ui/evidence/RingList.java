package dev.incidentconsole.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * A read-only observable list over a circular array of fixed capacity. Dropping the oldest rows costs as much as
 * the rows dropped: an array-backed observable list removes a range one element at a time, each shifting all
 * the rest, which at 20,000 rows stalls the FX thread for seconds.
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
     * answers by marking every replaced row dirty, one at a time.
     */
    void edit(int fromEnd, int fromStart, List<? extends E> added) {
        List<? extends E> kept = added.size() > slots.length ? added.subList(added.size() - slots.length, added.size()) : added;
        int end = Math.min(fromEnd, size);
        int start = Math.min(Math.max(fromStart, size - end + kept.size() - slots.length), size - end);
        if (end > 0 || start > 0) {
            dropEnds(end, start);
        }
        if (!kept.isEmpty()) {
            appendAll(kept);
        }
    }

    private void dropEnds(int end, int start) {
        beginChange();
        if (end > 0) {
            nextRemove(size - end, copy(size - end, size));
            clear(size - end, end);
            size -= end;
        }
        if (start > 0) {
            nextRemove(0, copy(0, start));
            clear(0, start);
            head = (head + start) % slots.length;
            size -= start;
        }
        endChange();
    }

    private void appendAll(List<? extends E> kept) {
        beginChange();
        int from = size;
        for (E element : kept) {
            slots[(head + size) % slots.length] = element;
            size++;
        }
        nextAdd(from, size);
        endChange();
    }

    private void clear(int from, int count) {
        for (int i = from; i < from + count; i++) {
            slots[(head + i) % slots.length] = null;
        }
    }

    private List<E> copy(int from, int to) {
        List<E> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(get(i));
        }
        return out;
    }
}
