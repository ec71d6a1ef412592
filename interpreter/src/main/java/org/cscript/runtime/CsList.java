package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An immutable list value ({@code [a, b]}); {@code +} builds a new list. */
public final class CsList implements TruffleObject {
    private final List<Object> elements;

    private CsList(List<Object> owned) {
        this.elements = Collections.unmodifiableList(owned);
    }

    /** A list holding a copy of {@code elements}. */
    @TruffleBoundary
    public static CsList copyOf(List<?> elements) {
        return new CsList(new ArrayList<Object>(elements));
    }

    /** A list that takes over {@code fresh}, which nobody else may hold: no copy. */
    public static CsList owning(List<Object> fresh) {
        return new CsList(fresh);
    }

    public int size() {
        return elements.size();
    }

    public Object get(int index) {
        return elements.get(index);
    }

    public List<Object> elements() {
        return elements;
    }

    @TruffleBoundary
    public CsList concat(CsList other) {
        List<Object> all = new ArrayList<>(elements);
        all.addAll(other.elements);
        return owning(all);
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return Values.display(this);
    }
}
