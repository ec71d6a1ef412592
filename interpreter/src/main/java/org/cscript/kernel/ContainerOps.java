package org.cscript.kernel;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.cscript.abi.Capability;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.Errno;
import org.cscript.abi.NsKind;

/** Container-object operations, kernel-model.md §3.3 (OP-18, OP-19, OP-22 … OP-25). */
final class ContainerOps {
    private final KernelCore k;
    private final ProcessOps process;

    ContainerOps(KernelCore k, ProcessOps process) {
        this.k = k;
        this.process = process;
    }

    /** OP-18 container_create. */
    int create(Task s, String name, long flags, long spare3, long spare4, long spare5) {
        String op = "container_create";
        if (name == null || (flags & ~ContainerFlags.FLAG_MASK) != 0 || spare3 != 0 || spare4 != 0 || spare5 != 0) {
            throw KernelCore.fail(Errno.EINVAL, op, "null name, unknown flags or non-zero spare argument");
        }
        if (has(flags, ContainerFlags.NEW_FS_NS) && has(flags, ContainerFlags.NEW_EMPTY_FS_NS)) {
            throw KernelCore.fail(Errno.EINVAL, op, "NEW_FS_NS and NEW_EMPTY_FS_NS exclude each other");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length >= 24) {
            throw KernelCore.fail(Errno.ENAMETOOLONG, op, "name must be shorter than 24 bytes");
        }
        if (name.indexOf('/') >= 0) {
            throw KernelCore.fail(Errno.EINVAL, op, "name contains '/'");
        }
        if (has(flags, ContainerFlags.NEW_CGROUP_NS) && !k.capable(s, Capability.CAP_SYS_ADMIN)) {
            throw KernelCore.fail(Errno.EPERM, op, "NEW_CGROUP_NS needs CAP_SYS_ADMIN");
        }
        // OP-18 checks admin before pid_for_children (clone and unshare check pid first)
        k.requireNsAdmin(s, has(flags, ContainerFlags.NEEDS_ADMIN), has(flags, ContainerFlags.NEW_USER_NS), op);
        if (has(flags, ContainerFlags.NEW_PID_NS)) {
            ArgumentChecks.requirePidForChildrenIsActive(s, op);
        }
        if (k.knobs().lsmAlloc() == Knobs.LsmAlloc.DENY) {
            throw KernelCore.fail(Errno.EACCES, op, "container_alloc LSM hook denied");
        }
        // the simulator's maxima, before any effect (docs/limits.md)
        // live containers but the init container, the new one included: a dead one left the table
        Limits.check(k.containers.size(), k.knobs().limits().containers(), "containers", "limits.containers");
        s.fds.requireRoom(k.knobs().limits().fds());

        EnumMap<NsKind, Namespace> fresh = k.spawnNamespaces(s, ContainerFlags.namespaceKinds(flags), op);
        if (has(flags, ContainerFlags.NEW_FS_NS)) {
            k.fs.copyMounts(s, fresh); // NEW_EMPTY_FS_NS: a mount namespace with no mounts
        }
        Creds cred = s.cred.copy();
        if (fresh.containsKey(NsKind.USER)) {
            cred.userns = fresh.get(NsKind.USER);
            cred.caps = EnumSet.allOf(Capability.class);
            // euid/egid := the namespace owner's (S's), as create_container_creds() does
        }
        cred.uid = cred.euid;
        cred.suid = cred.euid;
        cred.fsuid = cred.euid;
        cred.gid = cred.egid;
        cred.sgid = cred.egid;
        cred.fsgid = cred.egid;
        EnumMap<NsKind, Namespace> ns = new EnumMap<>(s.nsproxy);
        for (var e : fresh.entrySet()) {
            if (e.getKey() != NsKind.USER) {
                ns.put(e.getKey(), e.getValue());
            }
        }
        String root = has(flags, ContainerFlags.NEW_EMPTY_FS_NS) ? null : s.root;
        Container c = new Container(k.nextCtrId++, name, has(flags, ContainerFlags.KILL_ON_CLOSE), cred, ns, root,
                s.container);
        k.getContainerNs(c);
        c.flags = flags;
        s.container.usage++;
        s.container.children.add(c);
        k.containers.put(c.id, c);
        OpenFile f = new OpenFile.ContainerFile(c);
        c.usage = 1;
        int fd = s.fds.install(f, has(flags, ContainerFlags.FD_CLOEXEC), k.knobs().limits().fds());
        k.gen(k.records.containerCreated(c.id, c.parent.id, name, flags, s.tgid(), k.nsdev(),
                KernelCore.nsInums(c::nsOf)));
        return fd;
    }

    private static boolean has(long flags, long bit) {
        return (flags & bit) != 0;
    }

    /** §2.3 getcfd. */
    Container getcfd(Task s, int fd, String op) {
        return getcfd(s, fd, ProcessOps.DESCRIPTOR, op);
    }

    /** §2.3 getcfd of the argument {@code role}, which its details name (as ProcessOps.getfd does). */
    Container getcfd(Task s, int fd, String role, String op) {
        if (process.getfd(s, fd, role, op).file() instanceof OpenFile.ContainerFile f) {
            return f.container;
        }
        throw KernelCore.fail(Errno.EINVAL, op, role + " " + fd + " is not a container");
    }

    /** OP-19 fork_into_container. */
    Task forkInto(Task s, int cfd) {
        String op = "fork_into_container";
        Container c = getcfd(s, cfd, op);
        if (c.dead) {
            throw KernelCore.fail(Errno.ECANCELED, op, "container is dead");
        }
        if (c.initStarted && !k.knobs().forkIntoAfterStart()) {
            throw KernelCore.fail(Errno.EBUSY, op, "container already started");
        }
        if (c.root == null) {
            throw KernelCore.fail(Errno.ENOENT, op, "container has no root");
        }
        if (c.ns.get(NsKind.PID).dying) {
            throw KernelCore.fail(Errno.ENOMEM, op, "the container's PID namespace is dying");
        }
        k.requireTaskRoom();
        Task child = process.newProcess(s, new EnumMap<>(c.ns), c.cred.copy(), c.root, c.root, c);
        boolean start = c.init == null;
        if (start) {
            c.init = child;
            c.initStarted = true;
        }
        k.gen(start ? k.records.containerStarted(c.id, child.tgid(), s.tgid())
                : k.records.containerMemberAdded(c.id, child.tgid(), s.tgid()));
        return child;
    }

    /** OP-22 poll: 1 (POLLHUP) once dead. */
    int poll(Task s, int cfd) {
        return getcfd(s, cfd, "poll").dead ? 1 : 0;
    }

    /** OP-23 container_wait: the wait status of the dead init. */
    long waitFor(Task s, int cfd) {
        Container c = getcfd(s, cfd, "container_wait");
        if (!c.initStarted) {
            throw KernelCore.fail(Errno.ECHILD, "container_wait", "container never started");
        }
        if (!c.dead) {
            throw KernelCore.fail(Errno.EAGAIN, "container_wait", "init still running");
        }
        return c.exitCode;
    }

    /** OP-24 container_kill. */
    void kill(Task s, int cfd, long initOnly, long sig) {
        String op = "container_kill";
        Container c = getcfd(s, cfd, op);
        ArgumentChecks.requireSignal(sig, op);
        if (!c.initStarted || c.dead) {
            throw KernelCore.fail(Errno.ESRCH, op, "container not running");
        }
        LinkedHashSet<Task> groups = new LinkedHashSet<>();
        if (initOnly != 0) {
            groups.add(c.init.leader);
        } else {
            for (Task m : c.members) {
                groups.add(m.leader);
            }
        }
        for (Task g : groups) {
            k.current.targets.add(g);
            k.life.deliverUser(s, g, sig);
        }
    }

    /** OP-25 read /proc/containers: S's container and its descendants, depth first. */
    String procContainers(Task s) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %-6s %3s %-3s %-6s %s\n", "ID", "PARENT", "USE", "FL", "INIT", "NAME"));
        appendRows(sb, s, s.container);
        return sb.toString();
    }

    private void appendRows(StringBuilder sb, Task viewer, Container c) {
        String fl = (c.initStarted ? "I" : "-") + (c.dead ? "D" : "-") + (c.killOnClose ? "K" : "-");
        String init = c.init == null ? "-" : Long.toString(k.pidIn(viewer, c.init));
        sb.append(String.format(Locale.ROOT, "%-6d %-6s %3d %-3s %-6s %s\n", c.id, c.parent == null ? "-" : Long.toString(c.parent.id),
                c.usage, fl, init, c.name));
        for (Container child : c.children) {
            appendRows(sb, viewer, child);
        }
    }
}
