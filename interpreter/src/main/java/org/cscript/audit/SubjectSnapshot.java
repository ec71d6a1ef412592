package org.cscript.audit;

import java.util.function.LongPredicate;

/**
 * The subject task's values at the end of an event (kernel-model.md §2.5): what the SYSCALL
 * record, the subject CONTAINER_INFO and the filter fields print. {@code contidText} is the
 * already formatted leaf or chain contid, null when the contid is unset; {@code subj} the security
 * label of the task's container policy (docs/proposals/container-policy.md), null without one.
 */
public record SubjectSnapshot(long pid, long ppid, long uid, long euid, long suid, long fsuid, long gid,
        long egid, long sgid, long fsgid, long auid, long ses, String comm, String exe, long contid,
        String contidText, LongPredicate contidTree, String subj) {
}
