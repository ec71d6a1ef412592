package org.cscript.explore;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one step of a concurrent branch touched, as keys of the kernel's state (task:101,
 * ns:4026532000, contid:5, alloc:pid ...): the objects whose description it changed
 * ({@code writes}) and the ones it looked at ({@code reads}). Two steps of different branches
 * are independent when neither wrote what the other read or wrote: exchanging them then reaches
 * the same state with the same records, so the explorer runs only one of the two orders.
 */
public record Footprint(SortedSet<String> reads, SortedSet<String> writes) {
    public Footprint {
        reads = Collections.unmodifiableSortedSet(new TreeSet<>(reads));
        writes = Collections.unmodifiableSortedSet(new TreeSet<>(writes));
    }

    /** Whether this step and {@code other} may be exchanged. */
    public boolean independentOf(Footprint other) {
        return disjoint(writes, other.reads) && disjoint(writes, other.writes) && disjoint(other.writes, reads);
    }

    private static boolean disjoint(SortedSet<String> a, SortedSet<String> b) {
        SortedSet<String> small = a.size() <= b.size() ? a : b;
        SortedSet<String> large = small == a ? b : a;
        for (String key : small) {
            if (large.contains(key)) {
                return false;
            }
        }
        return true;
    }
}
