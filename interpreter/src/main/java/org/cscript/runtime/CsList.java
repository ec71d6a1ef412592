package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list value ({@code [a, b]}); {@code +} builds a new list. Appending is amortized
 * constant time: lists share an append-only backing array, each seeing its first {@code size}
 * elements, and {@code a + b} extends the backing array in place when {@code a} is its longest
 * list (the usual {@code l = l + [x]} in a loop), copying only when {@code a} was already extended.
 */
public final class CsList implements TruffleObject {
    private final ArrayList<Object> backing;
    private final int size;

    private CsList(ArrayList<Object> backing, int size) {
        this.backing = backing;
        this.size = size;
    }

    /** A list holding a copy of {@code elements}. */
    @TruffleBoundary
    public static CsList copyOf(List<?> elements) {
        return new CsList(new ArrayList<Object>(elements), elements.size());
    }

    /** A list that takes over {@code fresh}, which nobody else may hold: no copy. */
    @TruffleBoundary
    public static CsList owning(List<Object> fresh) {
        ArrayList<Object> list = fresh instanceof ArrayList<Object> a ? a : new ArrayList<>(fresh);
        return new CsList(list, list.size());
    }

    public int size() {
        return size;
    }

    @TruffleBoundary
    public Object get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return backing.get(index);
    }

    /** The elements, read-only; the view stays valid however the shared backing array grows. */
    public List<Object> elements() {
        return new View();
    }

    @TruffleBoundary
    public CsList concat(CsList other) {
        int otherSize = other.size;
        if (size == backing.size()) {
            // this is the longest list over its backing array: extend it, older lists keep their size
            for (int i = 0; i < otherSize; i++) {
                backing.add(other.backing.get(i));
            }
            return new CsList(backing, size + otherSize);
        }
        ArrayList<Object> all = new ArrayList<>(Math.max(16, (size + otherSize) * 3 / 2));
        all.addAll(backing.subList(0, size));
        for (int i = 0; i < otherSize; i++) {
            all.add(other.backing.get(i));
        }
        return new CsList(all, size + otherSize);
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return Values.display(this);
    }

    /** Indices below {@code size} never change, so this view needs no modification check. */
    private final class View extends AbstractList<Object> implements RandomAccess {
        @Override
        public Object get(int index) {
            return CsList.this.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
