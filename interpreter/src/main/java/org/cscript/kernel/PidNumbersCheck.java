package org.cscript.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cscript.abi.NsKind;

/**
 * The PID numbers (§1.12.5, pid.reuse): a namespace's counter never goes back and a new task's
 * numbers come from it (or, under lowest_free, from the free set); no two unreaped tasks hold one
 * number in one PID namespace, each namespace's holder index ({@link Namespace#holders}) matches a
 * recount, and a free number ({@link Namespace#freeNrs}) is one the counter handed out and nobody
 * holds now. Under pid.reuse = never the ledger of tids also proves no number comes back; under
 * lowest_free this check is what stands in for "never reused".
 */
final class PidNumbersCheck {
    private final KernelCore k;
    /** Each live PID namespace's next number at the last check. */
    private Map<Namespace, Long> nextNrs = new IdentityHashMap<>();
    /** The numbers given to the tasks new in the running check, per namespace. */
    private final Map<Namespace, Set<Long>> newNumbers = new IdentityHashMap<>();

    PidNumbersCheck(KernelCore k) {
        this.k = k;
    }

    /**
     * A task new since the last check: its numbers, one per level, come from each namespace's
     * counter since then, or under lowest_free from below it (the free sets, checked in {@link #check}).
     */
    void checkNew(InvariantChecker.Scan s, Task t, boolean baseline) {
        if (t.nrs.length != t.activePidns.level + 1 || t.tid != t.nrs[0]) {
            s.fail(Invariant.INDEXES, t + " has " + t.nrs.length + " PID numbers at level " + t.activePidns.level);
            return;
        }
        for (Namespace n = t.activePidns; n != null; n = n.parent) {
            long nr = t.nrs[n.level];
            Long before = nextNrs.get(n);
            long from = before == null ? 1 : before;
            if (!baseline && ((nr < from && !k.pids.reuse()) || nr >= n.nextNr)) {
                s.fail(Invariant.IDS_NEVER_REUSED, t + " has PID " + nr + " in " + n + ", outside the numbers handed out"
                        + " since the last check [" + from + ", " + n.nextNr + ")");
            }
            if (!newNumbers.computeIfAbsent(n, x -> new HashSet<>()).add(nr)) {
                s.fail(Invariant.IDS_NEVER_REUSED, "PID " + nr + " in " + n + " handed out twice");
            }
        }
    }

    /** Ends a check; {@code unreaped}: the live and zombie tasks, as the task table and the previous check know them. */
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
        checkCounters(s);
        newNumbers.clear();
    }

    /** A PID namespace's counter never goes back, whatever pid.reuse says. */
    private void checkCounters(InvariantChecker.Scan s) {
        Map<Namespace, Long> now = new IdentityHashMap<>();
        for (Namespace n : k.namespaces.values()) {
            if (n.kind == NsKind.PID) {
                Long before = nextNrs.get(n);
                if (before != null && n.nextNr < before) {
                    s.fail(Invariant.IDS_NEVER_REUSED, n + " next PID went back from " + before + " to " + n.nextNr);
                }
                now.put(n, Math.max(n.nextNr, before == null ? 0 : before));
            }
        }
        nextNrs = now;
    }
}
