package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A per-container audit daemon (OP-51, kernel-model.md §4.6) for contid {@code contid} and its
 * nested descendants, with a backlog of its own (docs/proposals/audit-backlog.md): the same
 * knobs as the host's queue, its own counters, read at once or at {@code auditd_read(name)}.
 */
final class AuditSink {
    /**
     * How the sink's events reach it. {@code COPY} is §4.6: the host daemon still receives every
     * event and the sink a copy. {@code ROUTE} is the seed threads' filtering before the queue:
     * an event attributed to the sink goes to the sink's queue instead of the host's.
     */
    enum Delivery { COPY, ROUTE }

    final String name;
    final long contid;
    final Delivery delivery;
    final AuditQueue queue;
    /** What this daemon has read, in order. */
    final List<String> lines = new ArrayList<>();

    AuditSink(String name, long contid, Delivery delivery, List<String> kernelLog) {
        this.name = name;
        this.contid = contid;
        this.delivery = delivery;
        this.queue = new AuditQueue("sink " + name, kernelLog);
    }
}
