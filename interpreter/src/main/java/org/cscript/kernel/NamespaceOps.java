package org.cscript.kernel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.NsKind;
import org.cscript.abi.Unset;
import org.cscript.audit.AuditRecord;

/** Namespace operations, kernel-model.md §3.2 (OP-14 … OP-17, OP-54). */
final class NamespaceOps {
    private final KernelCore k;
    private final ProcessOps process;

    NamespaceOps(KernelCore k, ProcessOps process) {
        this.k = k;
        this.process = process;
    }

    /** OP-14 unshare. */
    void unshare(Task s, long flags) {
        String op = "unshare";
        ArgumentChecks.requireOnlyCloneFlags(flags, op);
        boolean newUser = (flags & NsKind.USER.cloneFlag()) != 0;
        if (newUser && s.leader.threads.size() > 1) {
            throw KernelCore.fail(Errno.EINVAL, op, "CLONE_NEWUSER in a multi-threaded process");
        }
        if ((flags & NsKind.PID.cloneFlag()) != 0) {
            ArgumentChecks.requirePidForChildrenIsActive(s, op);
        }
        k.requireNsAdmin(s, (flags & ~NsKind.USER.cloneFlag()) != 0, newUser, op);
        EnumMap<NsKind, Namespace> fresh = k.spawnNamespaces(s, ProcessOps.kindsOf(flags), "unshare");
        k.fs.copyMounts(s, fresh);
        List<Namespace> replaced = new ArrayList<>();
        for (var e : fresh.entrySet()) {
            replaced.add(switchSlot(s, e.getKey(), e.getValue()));
        }
        for (Namespace old : replaced) {
            k.putNs(old);
        }
    }

    /**
     * Puts {@code target} in S's slot of that kind (user: credential, caps := ALL; pid:
     * pid_for_children) with a new reference, and returns the old namespace still referenced.
     */
    private Namespace switchSlot(Task s, NsKind kind, Namespace target) {
        k.getNs(target);
        if (kind == NsKind.USER) {
            Namespace old = s.cred.userns;
            s.cred.userns = target;
            s.cred.caps = EnumSet.allOf(Capability.class);
            return old;
        }
        if (kind == NsKind.NET) {
            k.registry.netRemove(s);
        }
        Namespace old = s.nsproxy.put(kind, target);
        if (kind == NsKind.NET) {
            k.registry.netAdd(s);
        }
        return old;
    }

    /** OP-15 ns_open and OP-54's shared checks: the namespace T shows under /proc/T/ns/kind. */
    Namespace procNs(Task s, Task t, String kind, String op) {
        NsKind nk = kindOfProcName(kind);
        if (nk == null) {
            throw KernelCore.fail(Errno.EINVAL, op, "unknown namespace kind '" + kind + "'");
        }
        k.requireVisible(s, t, op);
        if (!k.mayInspect(s, t)) {
            throw KernelCore.fail(Errno.EACCES, op, "may not inspect the target");
        }
        // "pid" is the active PID namespace, "pid_for_children" the nsproxy slot
        return kind.equals("pid_for_children") ? t.nsOf(nk) : t.activeNsOf(nk);
    }

    private static NsKind kindOfProcName(String kind) {
        if (kind.equals("pid_for_children")) {
            return NsKind.PID;
        }
        for (NsKind nk : NsKind.values()) {
            if (nk.label().equals(kind)) {
                return nk;
            }
        }
        return null;
    }

    /** OP-15 ns_open. */
    int nsOpen(Task s, Task t, String kind) {
        Namespace n = procNs(s, t, kind, "openat");
        k.getNs(n);
        return s.fds.install(new OpenFile.NsFile(n), false, k.knobs().limits().fds());
    }

    /** OP-54 readlink_ns: "kind:[inum]" (pid_for_children prints as pid, like Linux); never audited. */
    String readlinkNs(Task s, Task t, String kind) {
        ArgumentChecks.requireRunning(s, "readlink");
        Namespace n = procNs(s, t, kind, "readlink");
        return n.kind.label() + ":[" + n.inum + "]";
    }

    /** OP-16 / OP-17 setns, by the kind of file behind {@code fd}. */
    void setns(Task s, int fd, long nstype) {
        switch (process.getfd(s, fd, "setns").file()) {
            case OpenFile.ContainerFile f -> setnsContainer(s, f.container, nstype);
            case OpenFile.NsFile f -> setnsNamespace(s, f.ns, nstype);
            // OP-16 check 2: any other kind of file (key queues, sockets, fs contexts, mounts ...)
            default -> throw KernelCore.fail(Errno.EINVAL, "setns", "the file is neither a namespace nor a container");
        }
    }

    /** OP-16 setns with an nsfs file. */
    void setnsNamespace(Task s, Namespace target, long nstype) {
        String op = "setns";
        NsKind kind = target.kind;
        if (nstype != 0 && NsKind.ofCloneFlag(nstype) != kind) {
            throw KernelCore.fail(Errno.EINVAL, op, "nstype does not match the namespace");
        }
        boolean multiThreaded = s.leader.threads.size() > 1;
        boolean ownAdmin = k.nsCapable(s, s.cred.userns, Capability.CAP_SYS_ADMIN);
        switch (kind) {
            case USER -> {
                if (target == s.cred.userns) {
                    throw KernelCore.fail(Errno.EINVAL, op, "already in that user namespace");
                }
                if (multiThreaded) {
                    throw KernelCore.fail(Errno.EINVAL, op, "a multi-threaded process cannot enter a user namespace");
                }
                if (!k.nsCapable(s, target, Capability.CAP_SYS_ADMIN)) {
                    throw KernelCore.fail(Errno.EPERM, op, "CAP_SYS_ADMIN in the target user namespace");
                }
            }
            case PID -> {
                if (!target.isSameOrDescendantOf(s.activePidns)) {
                    throw KernelCore.fail(Errno.EINVAL, op, "not the active PID namespace or a descendant");
                }
                if (!k.nsCapable(s, target.owner, Capability.CAP_SYS_ADMIN) || !ownAdmin) {
                    throw KernelCore.fail(Errno.EPERM, op,
                            "entering a PID namespace needs CAP_SYS_ADMIN over its owner and in one's own");
                }
            }
            case MNT -> {
                if (multiThreaded) {
                    throw KernelCore.fail(Errno.EINVAL, op, "a multi-threaded process cannot enter a mount namespace");
                }
                if (!k.nsCapable(s, target.owner, Capability.CAP_SYS_ADMIN)
                        || !k.nsCapable(s, s.cred.userns, Capability.CAP_SYS_CHROOT) || !ownAdmin) {
                    throw KernelCore.fail(Errno.EPERM, op, "CAP_SYS_ADMIN and CAP_SYS_CHROOT needed");
                }
            }
            default -> {
                if (!k.nsCapable(s, target.owner, Capability.CAP_SYS_ADMIN) || !ownAdmin) {
                    throw KernelCore.fail(Errno.EPERM, op,
                            "entering a namespace needs CAP_SYS_ADMIN over its owner and in one's own");
                }
            }
        }
        if (s.nsOf(kind) == target) {
            return; // already there: no change, no record
        }
        long contidBefore = s.contid;
        k.gen(nsChange(s, contidBefore, kind, s.nsOf(kind), target));
        Namespace old = switchSlot(s, kind, target);
        if (kind == NsKind.MNT) {
            s.root = "/";
            s.cwd = "/";
        }
        k.putNs(old);
        applyContidPolicy(s, kind == NsKind.PID ? EnumSet.noneOf(NsKind.class) : EnumSet.of(kind));
    }

    private AuditRecord nsChange(Task s, long contid, NsKind kind, Namespace from, Namespace to) {
        return k.records.nsChange(s.tgid(), contid, kind, k.nsdev(), from.inum, to.inum);
    }

    /** OP-17 setns with a container fd [proposed extension]. */
    void setnsContainer(Task s, Container c, long nstype) {
        String op = "setns";
        if (!k.knobs().allowContainerFd()) {
            throw KernelCore.fail(Errno.EINVAL, op, "setns on a container fd is disabled");
        }
        if (nstype != 0) {
            throw KernelCore.fail(Errno.EINVAL, op, "nstype must be 0 for a container fd");
        }
        if (!c.initStarted) {
            throw KernelCore.fail(Errno.EINVAL, op, "container not started");
        }
        if (c.dead) {
            throw KernelCore.fail(Errno.ECANCELED, op, "container is dead");
        }
        if (s.leader.threads.size() > 1) {
            throw KernelCore.fail(Errno.EINVAL, op, "a multi-threaded process cannot join a container");
        }
        if (s.container == c) {
            throw KernelCore.fail(Errno.EINVAL, op, "already a member");
        }
        if (s.container.init == s) {
            throw KernelCore.fail(Errno.EBUSY, op, "the init of a container cannot leave it");
        }
        if (c.root == null) {
            throw KernelCore.fail(Errno.ENOENT, op, "container has no root");
        }
        if (!k.nsCapable(s, c.cred.userns, Capability.CAP_SYS_ADMIN)
                || !k.nsCapable(s, s.cred.userns, Capability.CAP_SYS_ADMIN)) {
            throw KernelCore.fail(Errno.EPERM, op,
                    "joining a container needs CAP_SYS_ADMIN in its user namespace and in one's own");
        }
        long contidBefore = s.contid;
        List<Namespace> replaced = new ArrayList<>();
        Set<NsKind> changed = EnumSet.noneOf(NsKind.class);
        for (NsKind kind : NsKind.values()) {
            Namespace target = c.nsOf(kind);
            Namespace cur = s.nsOf(kind);
            if (cur != target) {
                k.gen(nsChange(s, contidBefore, kind, cur, target));
                replaced.add(switchSlot(s, kind, target));
                changed.add(kind);
            }
        }
        for (Namespace old : replaced) {
            k.putNs(old);
        }
        s.root = c.root;
        s.cwd = c.root;
        Container old = s.container;
        k.joinContainer(s, c);
        k.gen(k.records.containerJoined(c.id, old.id, s.tgid(), s.tgid()));
        old.members.remove(s);
        k.life.putContainer(old);
        changed.remove(NsKind.PID);
        applyContidPolicy(s, changed);
    }

    /** OP-16 contid policy after a switch of the kinds in {@code changed} (pid excluded). */
    private void applyContidPolicy(Task s, Set<NsKind> changed) {
        if (k.knobs().setnsContidPolicy() != Knobs.SetnsContidPolicy.LOOKUP || !ContidRegistry.valid(s.contid)
                || changed.isEmpty()) {
            return;
        }
        ContidEntry cur = k.registry.entry(s.contid);
        if (definitionMatches(cur, s, changed)) {
            return;
        }
        NsKind probe = changed.iterator().next();
        ContidEntry found = null;
        for (ContidEntry e : s.nsOf(probe).definedBy.values()) {
            if (definitionMatches(e, s, changed)) {
                found = e;
                break;
            }
        }
        long newValue = found == null ? Unset.U64 : found.value;
        k.gen(k.records.contidSetns(KernelCore.actor(s), newValue, s.contid, k.nsdev(),
                KernelCore.nsInums(s::activeNsOf)));
        for (Task t : new ArrayList<>(s.leader.threads.values())) {
            if (found == null) {
                k.registry.unset(t);
            } else {
                k.registry.assign(t, found.value, found.parent);
            }
        }
    }

    private static boolean definitionMatches(ContidEntry e, Task s, Set<NsKind> kinds) {
        for (NsKind kind : kinds) {
            if (e.definition.get(kind) != s.nsOf(kind)) {
                return false;
            }
        }
        return true;
    }

    /** The inode numbers of the namespaces T lives in, by kind label, in canonical order (a view for tools). */
    static Map<String, Long> inodes(Task t) {
        Map<String, Long> inodes = new LinkedHashMap<>();
        for (NsKind kind : NsKind.values()) {
            Namespace ns = t.activeNsOf(kind);
            if (ns != null) {
                inodes.put(kind.label(), ns.inum);
            }
        }
        return inodes;
    }
}
