package org.cscript.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cscript.abi.NsKind;

/**
 * The PID numbers the unreaped tasks hold (§1.12.5, pid.reuse): no two hold one number in one
 * PID namespace, each namespace's holder index ({@link Namespace#holders}) matches a recount, and
 * a free number ({@link Namespace#freeNrs}) is one the counter handed out and nobody holds now.
 * Under pid.reuse = never the ledger of tids also proves no number comes back; under lowest_free
 * this check is what stands in for "never reused".
 */
final class PidNumbersCheck {
    private final KernelCore k;

    PidNumbersCheck(KernelCore k) {
        this.k = k;
    }

    /** {@code unreaped}: the live and zombie tasks, as the task table and the previous check know them. */
    void check(InvariantChecker.Scan s, List<Task> unreaped) {
        Map<Namespace, Map<Long, Task>> held = new IdentityHashMap<>();
        List<Namespace> order = new ArrayList<>();
        for (Namespace n : k.namespaces.values()) {
            if (n.kind == NsKind.PID) {
                held.put(n, new HashMap<>());
                order.add(n);
            }
        }
        for (Task t : unreaped) {
            for (Namespace n = t.activePidns; n != null && n.level < t.nrs.length; n = n.parent) {
                Map<Long, Task> numbers = held.get(n);
                if (numbers == null) {   // a destroyed namespace whose zombies still hold numbers
                    numbers = new HashMap<>();
                    held.put(n, numbers);
                    order.add(n);
                }
                long nr = t.nrs[n.level];
                Task other = numbers.putIfAbsent(nr, t);
                if (other != null) {
                    s.fail(Invariant.PIDS_UNIQUE, "PID " + nr + " in " + n + " is held by both " + other + " and " + t);
                }
                if (n.holders.get(nr) != t) {
                    s.fail(Invariant.INDEXES, t + " is not the holder of PID " + nr + " in " + n + "'s index");
                }
            }
        }
        for (Namespace n : order) {
            Map<Long, Task> numbers = held.get(n);
            if (n.holders.size() != numbers.size()) {
                s.fail(Invariant.INDEXES, n + " indexes " + n.holders.size() + " PID holders, recount "
                        + numbers.size());
            }
            for (long free : n.freeNrs) {
                if (numbers.containsKey(free) || free >= n.nextNr) {
                    s.fail(Invariant.PIDS_UNIQUE, "free PID " + free + " in " + n + (numbers.containsKey(free)
                            ? " is held by " + numbers.get(free) : " was never handed out (next " + n.nextNr + ")"));
                }
            }
        }
    }
}
