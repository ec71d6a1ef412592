package org.cscript.kernel;

import java.util.List;

/**
 * The audit backlog of a seed proposal (docs/proposals/audit-backlog.md), reached as
 * {@link Kernel#backlog()}: the host audit daemon reading its queue, and what {@code auditctl -s}
 * and the kernel log would tell about it. Administration: no subject task, never audited.
 */
public final class BacklogEntryPoints {
    private final KernelCore k;
    private final InvariantGuard invariants;

    BacklogEntryPoints(KernelCore k, InvariantGuard invariants) {
        this.k = k;
        this.invariants = invariants;
    }

    /** The host daemon reads every event waiting (audit.reader = manual); returns the records read. */
    public int read() {
        return invariants.checked("auditdRead", () -> k.log.read());
    }

    /** Records waiting in the backlog now. */
    public int waiting() {
        return k.log.queue.backlog();
    }

    /** Records lost so far (backlog full or rate limit). */
    public long lost() {
        return k.log.queue.lost();
    }

    /** The kernel log's lines about lost records (audit.failure = printk), oldest first. */
    public List<String> kernelLog() {
        return k.log.queue.kernelLog();
    }
}
