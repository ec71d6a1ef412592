package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The trace records a checker still holds, indexed by their position in the whole trace (0 is
 * the first record ever written). Records before {@link #first()} were let go: no assertion can
 * reach them any more, so a long scenario's memory follows what the checks still need.
 */
final class RecordWindow {
    private final List<TraceRecord> held = new ArrayList<>();
    /** Trace index of {@code held.get(0)}. */
    private int first;

    void add(TraceRecord r) {
        held.add(r);
    }

    /** One past the last record's index: the number of records written so far. */
    int size() {
        return first + held.size();
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /** How many records are held. */
    int held() {
        return held.size();
    }

    /** The index of the earliest record still held. */
    int first() {
        return first;
    }

    /** The record at trace index {@code i}, which must be held. */
    TraceRecord get(int i) {
        return held.get(i - first);
    }

    /** Lets go of the records before {@code index} (amortized: the list is compacted once half of it is garbage). */
    void dropBefore(int index) {
        int garbage = Math.min(index, size()) - first;
        if (garbage > 256 && garbage >= held.size() / 2) {
            held.subList(0, garbage).clear();
            first += garbage;
        }
    }

    /** Whether any held record has the design type {@code type}. */
    boolean anyOfType(String type) {
        for (TraceRecord r : held) {
            if (r.type().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
