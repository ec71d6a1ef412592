package org.cscript.kernel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.NsKind;
import org.cscript.audit.AuditRecord;
import org.cscript.audit.AuditRules;
import org.cscript.audit.RecordCatalogue;

/**
 * Global model state (kernel-model.md §1.1) and the helpers every operation shares: namespace
 * references (P3), PID numbering and visibility (§2.2), permission predicates (§2.1), record
 * generation into the current event context (§2.5).
 */
final class KernelCore {
    private final KernelConfig config;
    private Knobs knobs;
    final AuditRules rules = new AuditRules();
    /** The record layouts, chosen once per boot by audit.layouts (the upstream profile picks v11). */
    final RecordCatalogue records;
    final AuditLog log;
    final ContidRegistry registry;
    final Lifecycle life;
    /** Keys, keyrings and request_key queues (§1.8); serials from keys.first_serial. */
    final KeyTable keys;
    /** Superblocks, mounts and path resolution (§1.7); the mounts themselves live in each mnt namespace. */
    final Filesystems fs = new Filesystems();

    /** PID numbering, by pid.reuse (boot). */
    final Pids pids;
    long nextInum;
    long nextCtrId = 1;
    long nextSession = 1;
    final TreeMap<String, CheckpointImage> images = new TreeMap<>();   // docs/proposals/checkpoint-restore.md

    /** Live namespaces by inode number (invariant checks only; never scanned by operations). */
    final TreeMap<Long, Namespace> namespaces = new TreeMap<>();
    /** Live (not destroyed) containers by id (invariant checks and /proc only via the tree). */
    final TreeMap<Long, Container> containers = new TreeMap<>();
    /** The namespaces the boot made: limits.namespaces does not count them. */
    private int bootNamespaces;
    /** The tasks not yet reaped (live and zombies), by tid (invariant checks, the task limit, the v11 ladder looking for zombies). */
    final TreeMap<Long, Task> tasks = new TreeMap<>();

    final Namespace initUserNs;
    final Namespace initPidNs;
    final Container initContainer;
    final Task init;

    /** The event context of the running operation, or null between operations. */
    EventContext current;
    /** The script name of the operation being performed (PolicyEntryPoints.performing), or null. */
    String operation;

    KernelCore(KernelConfig config, TraceKeeping keeping) {
        this.config = config;
        this.knobs = Knobs.of(config);
        this.records = knobs.layouts() == Knobs.Layouts.V11 ? RecordCatalogue.upstream() : RecordCatalogue.seed();
        this.log = new AuditLog(knobs.clockStartMs(), knobs.firstSerial(), keeping);
        this.registry = new ContidRegistry(this);
        this.life = new Lifecycle(this);
        this.keys = new KeyTable(knobs.firstKeySerial());
        this.nextInum = knobs.firstInum();
        this.pids = new Pids(knobs.pidReuse());

        // §1.11 boot state
        initUserNs = bootNs(NsKind.USER, 4026531837L, null);
        EnumMap<NsKind, Namespace> initial = new EnumMap<>(NsKind.class);
        initial.put(NsKind.MNT, bootNs(NsKind.MNT, 4026531840L, initUserNs));
        initial.put(NsKind.UTS, bootNs(NsKind.UTS, 4026531838L, initUserNs));
        initial.put(NsKind.IPC, bootNs(NsKind.IPC, 4026531839L, initUserNs));
        initPidNs = bootNs(NsKind.PID, 4026531836L, initUserNs);
        initial.put(NsKind.PID, initPidNs);
        initial.put(NsKind.NET, bootNs(NsKind.NET, 4026531992L, initUserNs));
        initial.put(NsKind.CGROUP, bootNs(NsKind.CGROUP, 4026531835L, initUserNs));
        fs.boot(initial.get(NsKind.MNT));

        Creds rootCred = new Creds();
        rootCred.userns = initUserNs;
        rootCred.caps = EnumSet.allOf(Capability.class);

        init = new Task(new long[] {1}, null, initPidNs);
        initPidNs.nextNr = 2;
        initPidNs.reaper = init;
        init.comm = "init";
        init.exe = "/sbin/init";
        init.cred = rootCred;
        init.root = "/";
        init.cwd = "/";
        init.fds = new FdTable();
        init.threads.put(1L, init);
        attachTaskNamespaces(init, initial, initUserNs);
        tasks.put(1L, init);
        pids.hold(init);

        EnumMap<NsKind, Namespace> ctrNs = new EnumMap<>(initial);
        initContainer = new Container(0, ".init", false, rootCred.copy(), ctrNs, "/", null);
        getContainerNs(initContainer);
        initContainer.initStarted = true;
        initContainer.init = init;
        initContainer.usage = 1; // the static reference; init's membership adds the second
        containers.put(0L, initContainer);
        joinContainer(init, initContainer);
        // pid.first applies after init (§0.4)
        initPidNs.nextNr = knobs.firstPid();
        bootNamespaces = namespaces.size();
    }

    // ---------------------------------------------------------------- knobs (§0.4)

    /** The knobs in force, resolved at boot and at each {@link #reconfigure}. */
    Knobs knobs() {
        return knobs;
    }

    /** Changes a knob of the running kernel and resolves the knobs again; boot-time knobs are refused. */
    void reconfigure(String key, String value) {
        if (KernelConfig.bootTime(key)) {
            throw new ConfigException("config " + key + " is read at boot; a running kernel cannot change it");
        }
        config.set(key, value);
        knobs = Knobs.of(config);
    }

    private Namespace bootNs(NsKind kind, long inum, Namespace owner) {
        Namespace n = new Namespace(kind, inum, owner, null, 0, 0);
        if (owner != null) {
            getNs(owner);
        }
        namespaces.put(inum, n);
        return n;
    }

    // ---------------------------------------------------------------- namespaces

    void getNs(Namespace n) {
        n.refs++;
    }

    /** A new container's references on its namespaces, user included (P4 put_container drops them). */
    void getContainerNs(Container c) {
        for (NsKind kind : NsKind.values()) {
            getNs(c.nsOf(kind));
        }
    }

    /** Creates a namespace with refs 0 (the caller takes the first reference). */
    Namespace newNs(NsKind kind, long inum, Namespace owner, Namespace parent, long ownerUid, long ownerGid) {
        Namespace n = new Namespace(kind, inum, owner, parent, ownerUid, ownerGid);
        if (owner != null) {
            getNs(owner);
        }
        if (parent != null) {
            getNs(parent);
            if (kind == NsKind.PID) {
                parent.childPidns.add(n);
            }
        }
        namespaces.put(n.inum, n);
        return n;
    }

    /**
     * Creates the namespaces of one clone/unshare/container_create (§0.3: inode numbers and
     * NS_CREATE records in canonical order, user included, although the user namespace is built
     * first because it owns the others). New namespaces start with refs 0.
     */
    EnumMap<NsKind, Namespace> spawnNamespaces(Task s, java.util.Set<NsKind> kinds, String op) {
        if (!kinds.isEmpty()) {
            // the simulator's maxima before any effect; they count live namespaces, the boot's excluded
            Limits.check(namespaces.size() - bootNamespaces + kinds.size(), knobs.limits().namespaces(), "namespaces",
                    "limits.namespaces");
            if (nextInum - 1 + kinds.size() > KernelConfig.U32_MAX) {
                throw new LimitException("namespace inode numbers: more than " + KernelConfig.U32_MAX
                        + " (an inode number is a u32; ns.first_inum is " + knobs.firstInum() + ")");
            }
        }
        EnumMap<NsKind, Long> inums = new EnumMap<>(NsKind.class);
        for (NsKind kind : NsKind.values()) {
            if (kinds.contains(kind)) {
                inums.put(kind, nextInum++);
            }
        }
        EnumMap<NsKind, Namespace> out = new EnumMap<>(NsKind.class);
        Namespace owner = s.cred.userns;
        if (kinds.contains(NsKind.USER)) {
            owner = newNs(NsKind.USER, inums.get(NsKind.USER), null, s.cred.userns, s.cred.euid, s.cred.egid);
            out.put(NsKind.USER, owner);
        }
        for (NsKind kind : NsKind.values()) {
            if (kind == NsKind.USER || !kinds.contains(kind)) {
                continue;
            }
            Namespace parent = kind == NsKind.PID ? s.activePidns : null;
            Namespace n = newNs(kind, inums.get(kind), owner, parent, 0, 0);
            if (kind == NsKind.NET) {
                n.creatorContid = s.contid;
            }
            out.put(kind, n);
        }
        for (var e : out.entrySet()) {
            NsKind kind = e.getKey();
            Namespace old = s.activeNsOf(kind);
            gen(records.nsCreate(op, s.tgid(), s.contid, kind, nsdev(), old.inum, e.getValue().inum));
        }
        return out;
    }

    /** P3 put_ns. */
    void putNs(Namespace n) {
        if (--n.refs > 0) {
            return;
        }
        n.destroyed = true;
        namespaces.remove(n.inum);
        gen(records.nsDestroy(n.kind, nsdev(), n.inum));
        if (n.mounts != null) {
            n.mounts.discard();
        }
        if (n.kind != NsKind.USER && n.owner != null) {
            putNs(n.owner);
        }
        if (n.parent != null) {
            if (n.kind == NsKind.PID) {
                n.parent.childPidns.remove(n);
            }
            putNs(n.parent);
        }
    }

    /** Gives a new live task its namespace references and index entries (§1.2). */
    void attachTaskNamespaces(Task t, EnumMap<NsKind, Namespace> proxy, Namespace userns) {
        for (NsKind k : NsKind.values()) {
            if (k != NsKind.USER) {
                t.nsproxy.put(k, proxy.get(k));
                getNs(proxy.get(k));
            }
        }
        getNs(userns);
        getNs(t.activePidns);
        t.activePidns.activeTasks.put(t.tid, t);
    }

    // ---------------------------------------------------------------- PIDs (§2.2)

    /**
     * Before a new task or thread: the model keeps every task it created ({@link #tasks}), so
     * limits.tasks counts them all, and a pid must fit in pid_t (docs/limits.md).
     */
    void requireTaskRoom() {
        Limits.check(tasks.size() + 1, knobs.limits().tasks(), "tasks", "limits.tasks");
        if (pids.exhausted(initPidNs)) {
            throw new LimitException("pid numbers: more than " + KernelConfig.S32_MAX + " (a pid is a pid_t)");
        }
    }

    /** Numbers in {@code p} and all its ancestors, as pid.reuse says ({@link Pids}). */
    long[] allocatePids(Namespace p) {
        return pids.allocate(p);
    }

    /** T visible to S: S's active PID namespace is T's or an ancestor of it. */
    boolean visible(Task s, Task t) {
        return t.activePidns.isSameOrDescendantOf(s.activePidns);
    }

    /** §2.2: a target must be running and visible to S (ESRCH). */
    void requireVisible(Task s, Task t, String op) {
        if (!t.running() || !visible(s, t)) {
            throw fail(Errno.ESRCH, op, "target not visible or not running");
        }
    }

    /** T's thread-group number as seen from viewer's PID namespace, 0 if invisible. */
    long pidIn(Task viewer, Task t) {
        Task l = t.leader;
        return visible(viewer, l) ? l.nrs[viewer.activePidns.level] : 0;
    }

    /** Thread number (not tgid) as seen from viewer. */
    long tidIn(Task viewer, Task t) {
        return visible(viewer, t) ? t.nrs[viewer.activePidns.level] : 0;
    }

    // ---------------------------------------------------------------- permissions (§2.1)

    /**
     * ns_capable. For the subject of the running event it is also the supervisor's hook
     * (supervisor-override.md): a refusal is noted, and under an override every check passes.
     */
    boolean nsCapable(Task x, Namespace target, Capability cap) {
        if (current == null || current.subject != x) {
            return credsCapable(x, target, cap);
        }
        boolean ok = current.overriding || credsCapable(x, target, cap);
        current.capabilityDenied |= !ok;
        return ok;
    }

    private static boolean credsCapable(Task x, Namespace target, Capability cap) {
        Namespace u = target;
        Creds c = x.cred;
        while (true) {
            if (u == c.userns) {
                return c.caps.contains(cap);
            }
            if (u.level <= c.userns.level) {
                return false;
            }
            if (u.parent == c.userns && u.ownerUid == c.euid) {
                return true;
            }
            u = u.parent;
        }
    }

    boolean capable(Task x, Capability cap) {
        return nsCapable(x, initUserNs, cap);
    }

    boolean contidCapOk(Task x) {
        Capability cap = knobs.setterCap();
        return knobs.capScope() == Knobs.CapScope.INIT ? capable(x, cap) : nsCapable(x, x.cred.userns, cap);
    }

    boolean maySignal(Task s, Task t) {
        Creds a = s.cred;
        Creds b = t.cred;
        return a.euid == b.uid || a.euid == b.suid || a.uid == b.uid || a.uid == b.suid
                || nsCapable(s, b.userns, Capability.CAP_KILL);
    }

    boolean mayInspect(Task s, Task t) {
        return s.leader == t.leader || s.cred.euid == t.cred.uid
                || nsCapable(s, t.cred.userns, Capability.CAP_SYS_PTRACE);
    }

    // ---------------------------------------------------------------- namespace checks

    /**
     * OP-01 / OP-14 / OP-18: new namespaces other than a user namespace need CAP_SYS_ADMIN in S's
     * user namespace (EPERM). With a new user namespace the check is against that namespace,
     * which S owns: it passes.
     */
    void requireNsAdmin(Task s, boolean newNonUserNs, boolean newUserNs, String op) {
        if (newNonUserNs && !newUserNs && !nsCapable(s, s.cred.userns, Capability.CAP_SYS_ADMIN)) {
            throw fail(Errno.EPERM, op, "CAP_SYS_ADMIN needed for new namespaces");
        }
    }

    // ---------------------------------------------------------------- containers

    void joinContainer(Task t, Container c) {
        t.container = c;
        c.members.add(t);
        c.usage++;
    }

    // ---------------------------------------------------------------- records

    String nsdev() {
        return knobs.nsdev();
    }

    /** Adds a record to the running event (records outside any event are impossible by design). */
    void gen(AuditRecord r) {
        current.records.add(r);
    }

    /** S as records name the acting task (CONTAINER writer, USER sender). */
    static RecordCatalogue.Actor actor(Task s) {
        return new RecordCatalogue.Actor(s.tgid(), s.cred.uid, s.loginuid, s.sessionid, s.comm, s.exe);
    }

    /** The inode numbers of the namespace block of CONTAINER and CONTAINER_OBJ op=create records. */
    static RecordCatalogue.NsInums nsInums(java.util.function.Function<NsKind, Namespace> nsOf) {
        return RecordCatalogue.NsInums.of(kind -> nsOf.apply(kind).inum);
    }

    /** The UTF-8 length of a /proc text: the exit value of its read or write. */
    static long byteLength(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    static KernelException fail(Errno e, String op, String why) {
        return new KernelException(e, op, why);
    }

    List<Task> snapshotMembers(Container c) {
        return new ArrayList<>(c.members);
    }
}
