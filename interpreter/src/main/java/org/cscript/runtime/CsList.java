package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An immutable list value ({@code [a, b]}); {@code +} builds a new list. */
public final class CsList implements TruffleObject {
    private final List<Object> elements;

    public CsList(List<Object> elements) {
        this.elements = Collections.unmodifiableList(new ArrayList<>(elements));
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
        return new CsList(all);
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return Values.display(this);
    }
}
