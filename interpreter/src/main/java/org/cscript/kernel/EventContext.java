package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;
import org.cscript.abi.Syscall;
import org.cscript.audit.AuditRecord;
import org.cscript.audit.PathName;

/** One event context (kernel-model.md §2.5): what an operation or kernel event generated. */
final class EventContext {
    /** The acting task, the dying leader of a queued death, or null (OP-48). */
    final Task subject;
    /** null for queued deaths, user messages and kernel events. */
    final Syscall syscall;
    final long[] args;
    final List<AuditRecord> records = new ArrayList<>();
    /** Target thread-group leaders (OP-06, OP-24), in order. */
    final List<Task> targets = new ArrayList<>();
    /** The group torn down by this event (OP-04 or a queued death), else null. */
    Task tearingDown;
    /** The names the operation resolved, in order (the kernel's audit_names): what watches compare. */
    final List<PathName> names = new ArrayList<>();
    /** A capability check of the subject failed in this event (what a supervisor may override). */
    boolean capabilityDenied;
    /** The body runs again under a supervisor's override: the subject's capability checks pass. */
    boolean overriding;

    /** Records a resolved name; {@code name} null (the path named nothing) adds none. */
    void resolved(PathName name) {
        if (name != null) {
            names.add(name);
        }
    }

    EventContext(Task subject, Syscall syscall, long... args) {
        this.subject = subject;
        this.syscall = syscall;
        this.args = new long[4];
        System.arraycopy(args, 0, this.args, 0, Math.min(4, args.length));
    }
}
