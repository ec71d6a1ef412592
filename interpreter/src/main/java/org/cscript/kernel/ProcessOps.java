package org.cscript.kernel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.FileType;
import org.cscript.abi.NsKind;
import org.cscript.audit.PathName;

/** Process and credential operations, kernel-model.md §3.1 (OP-01 … OP-13). */
final class ProcessOps {
    /** The name of a call's descriptor argument in a detail text, where the call takes one. */
    static final String DESCRIPTOR = "descriptor";

    private final KernelCore k;
    /**
     * While a model checker records a step's read set ({@link Kernel#recordAccesses}), it gets the
     * {@link StateLines} key of every object a descriptor lookup reaches; null otherwise, which
     * costs the lookup one field test.
     */
    java.util.function.Consumer<String> accesses;
    /** uid/gid maps (userns.maps): setuid takes its argument down through them. */
    final UsernsMapOps maps;

    ProcessOps(KernelCore k) {
        this.k = k;
        this.maps = new UsernsMapOps(k);
    }

    /** OP-01 clone / fork. */
    Task clone(Task s, long flags) {
        return clone(s, flags, () -> { });
    }

    /** OP-01 with {@code beforeChild} run after its checks, before anything is created (set-on-clone's checks). */
    Task clone(Task s, long flags, Runnable beforeChild) {
        String op = "clone";
        ArgumentChecks.requireOnlyCloneFlags(flags, op);
        boolean newPid = (flags & NsKind.PID.cloneFlag()) != 0;
        boolean newUser = (flags & NsKind.USER.cloneFlag()) != 0;
        if (newPid) {
            ArgumentChecks.requirePidForChildrenIsActive(s, op);
        }
        k.requireNsAdmin(s, (flags & ~NsKind.USER.cloneFlag()) != 0, newUser, op);
        requireLiveContainer(s);
        if (!newPid && s.nsproxy.get(NsKind.PID).dying) {
            throw KernelCore.fail(Errno.ENOMEM, op, "the PID namespace is dying");
        }
        k.requireTaskRoom();
        beforeChild.run();
        EnumMap<NsKind, Namespace> fresh = k.spawnNamespaces(s, kindsOf(flags), "clone");
        k.fs.copyMounts(s, fresh);
        EnumMap<NsKind, Namespace> proxy = new EnumMap<>(s.nsproxy);
        proxy.putAll(fresh);
        Creds cred = s.cred.copy();
        if (newUser) {
            cred.userns = fresh.get(NsKind.USER);
            cred.caps = EnumSet.allOf(Capability.class);
        }
        proxy.remove(NsKind.USER);
        Task child = newProcess(s, proxy, cred, s.root, s.cwd, s.container);
        child.sessionKeyring = s.sessionKeyring;   // OP-01: session keyring kept; thread, process: none
        return child;
    }

    /** OP-01 / OP-02: no new task in a dead container (ECANCELED); both report as clone. */
    private static void requireLiveContainer(Task s) {
        if (s.container.dead) {
            throw KernelCore.fail(Errno.ECANCELED, "clone", "the container is dead");
        }
    }

    static Set<NsKind> kindsOf(long cloneFlags) {
        Set<NsKind> kinds = EnumSet.noneOf(NsKind.class);
        for (NsKind kind : NsKind.values()) {
            if ((cloneFlags & kind.cloneFlag()) != 0) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /**
     * Creates a new process (its own leader) for OP-01 and OP-19: numbers in {@code proxy}'s PID
     * namespace, audit fields inherited from S (P10), S's fd table copied, member of {@code c}.
     */
    Task newProcess(Task s, EnumMap<NsKind, Namespace> proxy, Creds cred, String root, String cwd, Container c) {
        Namespace p = proxy.get(NsKind.PID);
        Task child = new Task(k.allocatePids(p), null, p);
        if (child.ownNr() == 1) {
            p.reaper = child;
        }
        child.parent = s.leader;
        s.leader.children.put(child.tid, child);
        child.threads.put(child.tid, child);
        setUpChild(s, child, cred, proxy, root, cwd, s.fds.copy(), c);
        return child;
    }

    /** OP-02 clone_thread. */
    Task cloneThread(Task s) {
        requireLiveContainer(s);
        k.requireTaskRoom();
        Task y = new Task(k.allocatePids(s.activePidns), s.leader, s.activePidns);
        s.leader.threads.put(y.tid, y);
        y.parent = s.leader.parent;
        s.fds.users++;
        setUpChild(s, y, s.cred.copy(), s.nsproxy, s.root, s.cwd, s.fds, s.container);
        y.sessionKeyring = s.sessionKeyring;   // OP-02: cred copied with no thread keyring; process keyring shared
        return y;
    }

    /**
     * The setup a new process (OP-01, OP-19) and a new thread (OP-02) share: comm, exe and the
     * audit fields inherited from S (P10), namespace references, fd table, container membership.
     */
    private void setUpChild(Task s, Task child, Creds cred, EnumMap<NsKind, Namespace> proxy, String root,
            String cwd, FdTable fds, Container c) {
        child.comm = s.comm;
        child.exe = s.exe;
        child.cred = cred;
        child.loginuid = s.loginuid;
        child.sessionid = s.sessionid;
        child.contid = s.contid;
        child.root = root;
        child.cwd = cwd;
        k.attachTaskNamespaces(child, proxy, cred.userns);
        k.registry.inherit(child);
        child.fds = fds;
        k.joinContainer(child, c);
        k.tasks.put(child.tid, child);
        k.pids.hold(child);
    }

    /**
     * OP-03 execve with CLOSE_ON_EXEC; {@code checkPath} false skips exec.check_path (P0 only,
     * see {@link Kernel#startOrchestrator}).
     */
    void execve(Task s, String path, boolean checkPath) {
        if (s.leader != s) {
            throw KernelCore.fail(Errno.EINVAL, "execve", "only the thread-group leader may exec");
        }
        Namespace mnt = s.nsproxy.get(NsKind.MNT);
        String absolute = Filesystems.taskPath(s, path);
        k.current.resolved(Filesystems.auditName(mnt, absolute, path, PathName.NameType.NORMAL));
        if (checkPath && k.knobs().execCheckPath()) {
            FsEntry e = Filesystems.entry(mnt, absolute);
            if (e == null || e.type() != FileType.FILE) {
                throw KernelCore.fail(Errno.ENOENT, "execve", path + " is not a file");
            }
        }
        k.life.teardownThreadsButLeader(s);
        FdTable table = s.fds;
        for (Integer fd : new ArrayList<>(table.entries.keySet())) {
            FdTable.Entry e = table.entries.get(fd);
            if (e != null && e.cloexec()) {
                k.life.closeEntry(table, fd, s);
            }
        }
        String base = path.substring(path.lastIndexOf('/') + 1);
        s.comm = base.length() > 15 ? base.substring(0, 15) : base;
        s.exe = path;
    }

    /** OP-04 exit (exit_group). */
    void exit(Task s, long code) {
        if (s.leader == k.init) {
            throw KernelCore.fail(Errno.EPERM, "exit_group", "task 1 cannot exit");
        }
        k.current.tearingDown = s.leader;
        k.life.exitGroup(s.leader, (code & 0xff) << 8);
    }

    /** OP-05 thread_exit. */
    void threadExit(Task s) {
        if (s.leader == s) {
            throw KernelCore.fail(Errno.EINVAL, "exit", "a leader exits with exit_group");
        }
        k.life.teardown(s, 0);
    }

    /** OP-06 kill. */
    void kill(Task s, Task t, long sig) {
        ArgumentChecks.requireSignal(sig, "kill");
        k.requireVisible(s, t, "kill");
        if (!k.maySignal(s, t)) {
            throw KernelCore.fail(Errno.EPERM, "kill", "no permission to signal");
        }
        k.current.targets.add(t.leader);
        k.life.deliverUser(s, t, sig);
    }

    /** OP-07's a0: T's pid in S's PID namespace, or -1 (any child) for a null T. */
    long waitpidArg(Task s, Task t) {
        return t == null ? -1 : k.pidIn(s, t);
    }

    /** OP-07 waitpid (never blocks). */
    WaitResult waitpid(Task s, Task t) {
        Task me = s.leader;
        Task chosen = null;
        if (t != null) {
            if (t.leader != t || me.children.get(t.tid) != t) {
                throw KernelCore.fail(Errno.ECHILD, "wait4", "not a child");
            }
            chosen = t;
        } else {
            if (me.children.isEmpty()) {
                throw KernelCore.fail(Errno.ECHILD, "wait4", "no children");
            }
            for (Task c : me.children.values()) {
                if (c.state == Task.State.ZOMBIE) {
                    chosen = c;
                    break;
                }
            }
        }
        if (chosen == null || chosen.state != Task.State.ZOMBIE) {
            return new WaitResult(0, 0);
        }
        long pid = k.pidIn(s, chosen);
        k.life.reap(chosen);
        return new WaitResult(pid, chosen.exitStatus);
    }

    /** OP-09 setuid (applies to every thread of the group); with userns.maps, {@code id} is an inside uid. */
    void setuid(Task s, long id) {
        long uid = maps.kernelId(s, id, "setresuid", "uid");
        long root = maps.rootUid(s);   // Linux compares with the namespace's root, make_kuid(ns, 0)
        boolean privileged = k.nsCapable(s, s.cred.userns, Capability.CAP_SETUID);
        if (!privileged && uid != s.cred.uid && uid != s.cred.suid) {
            throw KernelCore.fail(Errno.EPERM, "setresuid", "CAP_SETUID needed");
        }
        for (Task t : s.leader.threads.values()) {
            Creds c = t.cred;
            long oldEuid = c.euid;
            if (privileged) {
                c.uid = uid;
                c.suid = uid;
            }
            c.euid = uid;
            c.fsuid = uid;
            if (oldEuid == root && uid != root) {
                c.caps = EnumSet.noneOf(Capability.class);
            }
        }
    }

    /** OP-10 capset (this task only). */
    void capset(Task s, Set<Capability> caps) {
        if (!s.cred.caps.containsAll(caps)) {
            throw KernelCore.fail(Errno.EPERM, "capset", "cannot gain capabilities");
        }
        s.cred.caps = caps.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(caps);
    }

    /** §2.3 getfd. */
    FdTable.Entry getfd(Task s, int fd, String op) {
        return getfd(s, fd, DESCRIPTOR, op);
    }

    /**
     * §2.3 getfd of the argument {@code role} of a call that takes several descriptors: the detail
     * names it ("to_dfd 99 is not open"), so a failure tells which of the call's checks it is.
     */
    FdTable.Entry getfd(Task s, int fd, String role, String op) {
        FdTable.Entry e = s.fds.entries.get(fd);
        if (e == null) {
            throw KernelCore.fail(Errno.EBADF, op, role + " " + fd + " is not open");
        }
        if (accesses != null) {
            accesses.accept(TaskLines.key(e.file()));
        }
        return e;
    }

    /** OP-11 dup. */
    int dup(Task s, int fd) {
        return s.fds.install(getfd(s, fd, "dup").file(), false, k.knobs().limits().fds());
    }

    /** OP-12 close. */
    void close(Task s, int fd) {
        getfd(s, fd, "close");
        k.life.closeEntry(s.fds, fd, s);
    }

    /** OP-13 fd_pass (SCM_RIGHTS stand-in, never audited). */
    int fdPass(Task s, int fd, Task r) {
        ArgumentChecks.requireRunning(s, "fd_pass");
        OpenFile f = getfd(s, fd, "fd_pass").file();
        if (!r.running()) {
            throw KernelCore.fail(Errno.ESRCH, "fd_pass", "receiver not running");
        }
        return r.fds.install(f, false, k.knobs().limits().fds());
    }

    /** What {@code fd} of {@code holder} refers to (§1.5), or null if it is not open. */
    FileView describeFd(Task holder, int fd) {
        FdTable.Entry e = holder.fds.entries.get(fd);
        if (e == null) {
            return null;
        }
        return e.file().view();
    }
}
