package org.cscript.kernel;

/**
 * PID numbering (kernel-model.md §2.2, pid.reuse). Under {@code never} each PID namespace counts
 * up for ever (§1 "never reused"); under {@code lowest_free} a reaped task's numbers go back to
 * their namespaces' free sets and the next task takes the lowest of them before the counter
 * moves on (Q23: the race of a /proc/PID write landing on another task). Either way the cost of
 * a fork or a reap is one step per namespace level: no operation scans the tasks.
 */
final class Pids {
    private final boolean reuse;

    Pids(Knobs.PidReuse mode) {
        this.reuse = mode == Knobs.PidReuse.LOWEST_FREE;
    }

    /** Whether a reaped task's numbers are handed out again (pid.reuse = lowest_free). */
    boolean reuse() {
        return reuse;
    }

    /** Numbers for a new task in {@code p} and each ancestor, indexed by level. */
    long[] allocate(Namespace p) {
        long[] nrs = new long[p.level + 1];
        for (Namespace n = p; n != null; n = n.parent) {
            nrs[n.level] = reuse && !n.freeNrs.isEmpty() ? n.freeNrs.pollFirst() : n.nextNr++;
        }
        return nrs;
    }

    /** Indexes {@code t} under each of its numbers: lookups by number ({@link #holder}) find it until it is reaped. */
    void hold(Task t) {
        for (Namespace n = t.activePidns; n != null; n = n.parent) {
            n.holders.put(t.nrs[n.level], t);
        }
    }

    /** A task leaves for good (reaped, or a finished thread): its numbers stop naming it. */
    void release(Task t) {
        for (Namespace n = t.activePidns; n != null; n = n.parent) {
            long nr = t.nrs[n.level];
            if (n.holders.remove(nr, t) && reuse) {
                n.freeNrs.add(nr);
            }
        }
    }

    /** The unreaped task (live or zombie, leader or thread) holding {@code nr} in {@code n}, or null. */
    Task holder(Namespace n, long nr) {
        return n.holders.get(nr);
    }

    /** No number is left in the initial namespace: its counter passed pid_t and nothing was freed. */
    boolean exhausted(Namespace init) {
        return init.nextNr > KernelConfig.S32_MAX && init.freeNrs.isEmpty();
    }
}
