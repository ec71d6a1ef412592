package org.cscript.kernel;

import java.util.Collections;
import java.util.List;

/**
 * The audit backlog of a seed proposal (docs/proposals/audit-backlog.md), reached as
 * {@link Kernel#backlog()}: the audit daemons reading their queues (the host's, or a container
 * sink's named by {@code sink}; null is the host), what {@code auditctl -s} and the kernel log
 * would tell about them, and sinks that take their container's events instead of the host.
 * Administration: no subject task, never audited.
 */
public final class BacklogEntryPoints {
    private final KernelCore k;
    private final AdminOps admin;
    private final InvariantGuard invariants;

    BacklogEntryPoints(KernelCore k, AdminOps admin, InvariantGuard invariants) {
        this.k = k;
        this.admin = admin;
        this.invariants = invariants;
    }

    /**
     * OP-51 with the proposal's delivery: {@code routed} sinks receive the events attributed to
     * their container instead of the host daemon (filtering before the queue).
     */
    public void sinkCreate(String name, long contid, boolean routed) {
        invariants.checked("auditSinkCreate", () -> admin.auditSinkCreate(name, contid,
                routed ? AuditSink.Delivery.ROUTE : AuditSink.Delivery.COPY));
    }

    /** A daemon reads every event waiting (audit.reader = manual); returns the records read. */
    public int read(String sink) {
        return invariants.checked("auditdRead", () -> sink == null ? k.log.read() : k.log.read(admin.sink(sink)));
    }

    /** Records waiting in a daemon's backlog now. */
    public int waiting(String sink) {
        return queue(sink).backlog();
    }

    /** Records a daemon's backlog has lost so far (queue full or rate limit). */
    public long lost(String sink) {
        return queue(sink).lost();
    }

    /** The kernel log's lines about lost records (audit.failure = printk), every queue's, oldest first. */
    public List<String> kernelLog() {
        return Collections.unmodifiableList(k.log.kernelLog);
    }

    private AuditQueue queue(String sink) {
        return sink == null ? k.log.queue : admin.sink(sink).queue;
    }
}
