package org.cscript.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids handed out by a counter that only grows (kernel-model.md §1.12.5: inode numbers, PIDs,
 * container ids; key serials and mount ids work the same way). It remembers which object held
 * each id it has seen, so a second holder is a reuse, and requires an id seen for the first
 * time to come from the counter's range since the previous check. The first check after boot
 * is the baseline: boot objects have fixed ids outside any counter range.
 */
final class IdLedger<T> {
    private final String what;
    private final Map<Long, T> holders = new HashMap<>();
    private long counterAtLastCheck;
    private long counterNow;
    private boolean baseline = true;

    /** {@code what} names the id in reports: "tid", "inum", "container id". */
    IdLedger(String what) {
        this.what = what;
    }

    /** Starts a check with the counter's current value (the next id it would hand out). */
    void begin(long counter, List<Violation> out) {
        if (!baseline && counter < counterAtLastCheck) {
            out.add(new Violation(Invariant.IDS_NEVER_REUSED, "the " + what + " counter went back from "
                    + counterAtLastCheck + " to " + counter));
        }
        counterNow = counter;
    }

    /** Records {@code holder} at {@code id}; true if this is the first time it is seen. */
    boolean observe(long id, T holder, List<Violation> out) {
        T previous = holders.putIfAbsent(id, holder);
        if (previous == null) {
            if (!baseline && (id < counterAtLastCheck || id >= counterNow)) {
                out.add(new Violation(Invariant.IDS_NEVER_REUSED, "new " + holder + " has " + what + " " + id
                        + " outside the range handed out since the last check [" + counterAtLastCheck + ", "
                        + counterNow + ")"));
            }
            return true;
        }
        if (previous != holder) {
            out.add(new Violation(Invariant.IDS_NEVER_REUSED, what + " " + id + " reused: first held by " + previous
                    + ", now by another " + holder));
        }
        return false;
    }

    /** Ends a check: the next one accepts new ids from the counter's current value on. */
    void end() {
        counterAtLastCheck = Math.max(counterAtLastCheck, counterNow);
        baseline = false;
    }
}
