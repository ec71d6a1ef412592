package org.cscript.kernel;

import java.util.LinkedHashSet;
import java.util.Set;
import org.cscript.abi.Errno;

/**
 * A container's supervisor (docs/proposals/supervisor-override.md; seed 001, FUTURE DEVELOPMENT
 * (4)): a task outside the container holding its container fd, which sees the EPERM refusals of
 * the container's members and lets the operations it names through.
 */
final class Supervision {
    /**
     * The operations whose EPERM may be overridden. Each makes its capability checks before any
     * effect (fsopen first of all, mknodat last of its checks but before the node is made,
     * unshare before its namespaces are spawned), so running it again cannot apply anything twice.
     */
    static final Set<String> OVERRIDABLE = Set.of("fsopen", "mknodat", "unshare");

    private Supervision() {
    }

    /**
     * container_supervise: {@code s} becomes the supervisor of the container of its fd {@code cfd},
     * allowing the comma-separated {@code ops}; an empty list ends the supervision. Administration,
     * not a syscall: refusals are scenario mistakes, never errnos.
     */
    static void attach(KernelCore k, Task s, int cfd, String ops) {
        if (!k.knobs().supervisor()) {
            throw new ConfigException("a supervisor needs config container.supervisor = on");
        }
        FdTable.Entry entry = s.fds.entries.get(cfd);
        if (entry == null || !(entry.file() instanceof OpenFile.ContainerFile f)) {
            throw new AdminArgumentException("fd " + cfd + " is not a container fd of the caller");
        }
        Container c = f.container;
        for (Container x = s.container; x != null; x = x.parent) {
            if (x == c) {
                throw new AdminArgumentException("the supervisor must be outside " + c
                        + " (the caller is a member of it or of a container within it)");
            }
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (String name : ops.split(",", -1)) {
            String trimmed = name.strip();
            if (trimmed.isEmpty() && ops.isBlank()) {
                continue;
            }
            if (!OVERRIDABLE.contains(trimmed)) {
                throw new AdminArgumentException("'" + trimmed
                        + "' cannot be supervised; the operations that can are fsopen, mknodat, unshare");
            }
            allowed.add(trimmed);
        }
        c.supervisor = allowed.isEmpty() ? null : s.leader;
        c.supervisedOps = Set.copyOf(allowed);
    }

    /**
     * Called when the body of {@code ev} failed with {@code e}: if a capability check of a member
     * of a supervised container refused an allowed operation with EPERM, writes the override
     * record, readies {@code ev} for the body to run again with its subject's capability checks
     * passing, and returns true.
     */
    static boolean overrides(KernelCore k, EventContext ev, KernelException e) {
        if (!k.knobs().supervisor() || e.errno() != Errno.EPERM || !ev.capabilityDenied || ev.overriding
                || ev.syscall == null) {
            return false;
        }
        Task member = ev.subject;
        Container c = member.container;
        Task supervisor = c.supervisor;
        String name = ev.syscall.syscallName();
        // a refusal that had already generated records had effects before its check: never re-run it
        if (supervisor == null || !c.supervisedOps.contains(name) || !holds(supervisor, c) || !ev.records.isEmpty()) {
            return false;
        }
        ev.names.clear();
        ev.targets.clear();
        ev.overriding = true;
        k.gen(k.records.containerOverride(c.id, member.tgid(), supervisor.tgid(), name, e.errno().name()));
        return true;
    }

    /** The supervisor still runs and still holds a container fd of {@code c}. */
    private static boolean holds(Task supervisor, Container c) {
        if (!supervisor.running()) {
            return false;
        }
        for (FdTable.Entry entry : supervisor.fds.entries.values()) {
            if (entry.file() instanceof OpenFile.ContainerFile f && f.container == c) {
                return true;
            }
        }
        return false;
    }
}
