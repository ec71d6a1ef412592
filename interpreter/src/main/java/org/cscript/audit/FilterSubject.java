package org.cscript.audit;

import java.util.List;
import org.cscript.abi.Syscall;

/**
 * What a filter rule can see of an event (kernel-model.md §4.5): the subject's values at the end
 * of the event (§2.5; for a queued death, the dying leader), its syscall, its arguments, its result
 * and the names it resolved. Implemented by the kernel model; {@link AuditRules} only reads it.
 */
public interface FilterSubject {

    /** False for subject-less events (OP-48 net_packet): subject fields then never match. */
    boolean hasSubject();

    long pid();

    long ppid();

    long uid();

    long euid();

    long gid();

    long auid();

    long ses();

    /** The subject's contid; -1L is UNSET64 (18446744073709551615): compare unsigned. */
    long contid();

    /** True when the subject's contid is {@code v} or a nested descendant of {@code v}. */
    boolean contidInTree(long v);

    /** The event's syscall, or null if the event has none. */
    Syscall syscall();

    /** Never consulted when {@link #syscall()} is null or does not return. */
    boolean success();

    /** The result or -errno; never consulted when {@link #syscall()} is null or does not return. */
    long exit();

    /** Syscall argument {@code i} (a0-a3) as the SYSCALL record prints it; {@code -F perm=} reads openat's flags. */
    default long arg(int i) {
        return 0;
    }

    /** The names the operation resolved, in the kernel's order (watches compare them); empty for most operations. */
    default List<PathName> names() {
        return List.of();
    }
}
