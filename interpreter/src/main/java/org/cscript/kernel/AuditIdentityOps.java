package org.cscript.kernel;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.NsKind;
import org.cscript.abi.Unset;
import org.cscript.audit.AuditRecord;
import org.cscript.audit.RecordCatalogue;

/** Audit identity and kernel events, kernel-model.md §3.6-3.7 (OP-45 … OP-49). */
final class AuditIdentityOps {
    private static final Pattern DECIMAL = Pattern.compile("\\+?[0-9]+\n?");
    private static final BigInteger U32_MAX = BigInteger.valueOf(Unset.U32);
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final KernelCore k;
    private final ProcessOps process;
    private final ContidLadderV11 v11;

    AuditIdentityOps(KernelCore k, ProcessOps process) {
        this.k = k;
        this.process = process;
        this.v11 = new ContidLadderV11(k);
    }

    /** Parses the /proc text; EINVAL if malformed, ERANGE above {@code max}. */
    private static long parse(String text, BigInteger max, String op) {
        if (!DECIMAL.matcher(text).matches()) {
            throw KernelCore.fail(Errno.EINVAL, op, "not a decimal number");
        }
        BigInteger v = new BigInteger(text.strip().replace("+", ""));
        if (v.compareTo(max) > 0) {
            throw KernelCore.fail(Errno.ERANGE, op, "value out of range");
        }
        return v.longValue();
    }

    /** OP-45 write /proc/T/loginuid. */
    long loginuidWrite(Task s, Task t, String text) {
        String op = "write";
        if (t != s) {
            throw KernelCore.fail(Errno.EPERM, op, "a task may only set its own loginuid");
        }
        long text32 = parse(text, U32_MAX, op);
        // userns.maps: an id of the writer's namespace, kept as a kernel id; unset stays unset
        long value = text32 == Unset.U32 ? text32 : process.maps.kernelId(s, text32, op, "loginuid");
        boolean ok = s.loginuid == Unset.U32 || k.capable(s, Capability.CAP_AUDIT_CONTROL);
        long newSes = !ok || value == Unset.U32 ? Unset.U32 : k.nextSession;
        k.gen(k.records.login(s.tgid(), s.cred.uid, s.loginuid, value, s.sessionid, newSes, ok));
        if (!ok) {
            throw KernelCore.fail(Errno.EPERM, op, "loginuid already set and no CAP_AUDIT_CONTROL");
        }
        if (value != Unset.U32) {
            k.nextSession++;
        }
        s.loginuid = value;
        s.sessionid = newSes;
        return KernelCore.byteLength(text);
    }

    /**
     * OP-46's first step, /proc/PID: the task holding {@code pid} in S's PID namespace (a zombie
     * too, as /proc shows it). It is whoever holds the number now: under pid.reuse = lowest_free
     * a task that took a reaped one's number (Q23); with nobody holding it the write never
     * reaches a task (check 1). No event: the lookup itself is not audited.
     */
    Task procTask(Task s, long pid) {
        ArgumentChecks.requireRunning(s, "write");
        Task t = k.pids.holder(s.activePidns, pid);
        if (t == null) {
            throw KernelCore.fail(Errno.ESRCH, "write", "target not visible or not running: no task holds pid "
                    + pid + " in " + s.activePidns);
        }
        return t;
    }

    /** OP-46 write /proc/T/audit_containerid. */
    long contidWrite(Task s, Task t, String text) {
        String op = "write";
        k.requireVisible(s, t, op);
        long v = parse(text, U64_MAX, op);
        boolean allowMove = k.knobs().allowMove();
        boolean move = allowMove && ContidRegistry.valid(t.contid) && t.contid != s.contid;
        boolean upstream = k.knobs().ladder() == Knobs.Ladder.V11;
        KernelException refused = upstream ? v11.check(s, t, v) : contidCheck(s, t, v, allowMove);
        RecordCatalogue.Actor writer = KernelCore.actor(s);
        RecordCatalogue.NsInums objectNs = KernelCore.nsInums(t::activeNsOf);
        boolean ok = refused == null;
        k.gen(move ? k.records.contidMove(writer, t.tgid(), v, t.contid, k.nsdev(), objectNs, ok)
                : k.records.contidSet(writer, t.tgid(), v, t.contid, k.nsdev(), objectNs, ok));
        if (refused != null) {
            throw refused;
        }
        for (Task member : new ArrayList<>(t.leader.threads.values())) {
            k.registry.assign(member, v, s.contid);
        }
        if (upstream) {
            v11.registered(s, v);
        }
        return KernelCore.byteLength(text);
    }

    /** OP-46 checks 4-11 (each with its own detail); null if all pass. */
    private KernelException contidCheck(Task s, Task t, long v, boolean allowMove) {
        String op = "write";
        KernelException refused = writerCheck(s, v);
        if (refused != null) {
            return refused;
        }
        if (t.leader == s.leader) {
            return KernelCore.fail(Errno.EPERM, op, "a task cannot set the audit container id of its own thread group");
        }
        Knobs knobs = k.knobs();
        if (knobs.requireDescendant() && !isDescendant(t.leader, s.leader)) {
            return KernelCore.fail(Errno.EXDEV, op, "the target is not a descendant of the writer");
        }
        if (knobs.denyChildren() && !t.leader.children.isEmpty()) {
            return KernelCore.fail(Errno.EBUSY, op, "the target has children");
        }
        boolean group = knobs.threadPolicy() == Knobs.ThreadPolicy.GROUP;
        if (t.leader != t || (!group && t.leader.threads.size() > 1)) {
            return KernelCore.fail(Errno.EALREADY, op, group ? "the target is not its thread-group leader"
                    : "the target is not a single-threaded thread-group leader");
        }
        if (ContidRegistry.valid(t.contid) && t.contid != s.contid && !allowMove) {
            return KernelCore.fail(Errno.ECHILD, op, "the target already has an audit container id");
        }
        return nestingCheck(s, t.contid, v);
    }

    /** OP-46 checks 4-5, which do not look at the target (set-on-clone shares them). */
    private KernelException writerCheck(Task s, long v) {
        if (v == Unset.U64) {
            return KernelCore.fail(Errno.EINVAL, "write", "an audit container id cannot be unset");
        }
        if (!k.contidCapOk(s)) {
            return KernelCore.fail(Errno.EPERM, "write",
                    "the writer lacks the setter capability " + k.knobs().setterCap().name());
        }
        return null;
    }

    /** OP-46 check 11 for a target whose contid is {@code current}. */
    private KernelException nestingCheck(Task s, long current, long v) {
        ContidEntry existing = k.registry.entry(v);
        if (v == current || k.registry.inChain(s.contid, v) || (existing != null && existing.parent != s.contid)) {
            return KernelCore.fail(Errno.EEXIST, "write", "the value has another place in the nesting tree");
        }
        return null;
    }

    /**
     * The checks of writing {@code v} for a child S is about to clone (set-on-clone, Q20), under
     * the ladder in force; null if all pass. The child would be S's own single-threaded leader
     * without children, holding S's contid: the checks on the target's shape always pass for it,
     * so only those on the writer and the value remain (seed: 4, 5, 11; v11: rules 1-3, 6, 7).
     */
    KernelException newChildCheck(Task s, long v) {
        if (k.knobs().ladder() == Knobs.Ladder.V11) {
            return v11.newChildCheck(s, v);
        }
        KernelException refused = writerCheck(s, v);
        return refused != null ? refused : nestingCheck(s, s.contid, v);
    }

    /**
     * OP-01 clone giving the child the audit container ID {@code v} (Q20, contid.set_on_clone):
     * OP-01's checks, then those of a contid write that apply to a child not yet created (a
     * refusal creates nothing, so there is no target for a res=0 record), then the child, whose
     * ID is assigned within the clone: no event of the child ever carries S's ID. The record is
     * the /proc write's CONTAINER op=set, with the child's namespaces.
     */
    Task cloneWithContid(Task s, long flags, long v) {
        if (!k.knobs().setOnClone()) {
            throw new ConfigException("a contid argument (set-on-clone) needs config contid.set_on_clone = on");
        }
        Task child = process.clone(s, flags, () -> {
            KernelException refused = newChildCheck(s, v);
            if (refused != null) {
                throw refused;
            }
        });
        RecordCatalogue.NsInums objectNs = KernelCore.nsInums(child::activeNsOf);
        k.gen(k.records.contidSet(KernelCore.actor(s), child.tgid(), v, child.contid, k.nsdev(), objectNs, true));
        k.registry.assign(child, v, s.contid);
        if (k.knobs().ladder() == Knobs.Ladder.V11) {
            v11.registered(s, v);
        }
        return child;
    }

    private static boolean isDescendant(Task leader, Task ancestor) {
        for (Task p = leader.parent; p != null; p = p.parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** OP-47 read /proc/T/audit_containerid. */
    String contidRead(Task s, Task t) {
        k.requireVisible(s, t, "read");
        boolean allowed = k.knobs().ladder() == Knobs.Ladder.V11 ? v11.mayRead(s, t) : k.contidCapOk(s);
        if (k.knobs().readCap() == Knobs.ReadCap.SETTER && !allowed) {
            throw KernelCore.fail(Errno.EPERM, "read", "reading a contid needs " + k.knobs().setterCap().name());
        }
        return Long.toUnsignedString(t.contid) + "\n";
    }

    /**
     * Write /proc/T/audit_capcontainerid (an upstream extension, no OP of kernel-model.md): needs
     * CAP_AUDIT_CONTROL in the initial user namespace (EPERM), the value 0 or 1 (EINVAL); a
     * successful write emits SET_CAPCONTID.
     */
    long capcontidWrite(Task s, Task t, String text) {
        String op = "write";
        k.requireVisible(s, t, op);
        long v = parse(text, U32_MAX, op);
        if (!k.capable(s, Capability.CAP_AUDIT_CONTROL)) {
            throw KernelCore.fail(Errno.EPERM, op, "setting capcontid needs CAP_AUDIT_CONTROL");
        }
        if (v != 0 && v != 1) {
            throw KernelCore.fail(Errno.EINVAL, op, "capcontid is 0 or 1");
        }
        k.gen(k.records.capcontidSet(t.tgid(), v, t.capcontid));
        t.capcontid = v;
        return KernelCore.byteLength(text);
    }

    /** Read /proc/T/audit_capcontainerid (upstream extension): any task that can see T. */
    String capcontidRead(Task s, Task t) {
        k.requireVisible(s, t, "read");
        return t.capcontid + "\n";
    }

    /** OP-48's "net namespace of task X": X must be running, zombies hold no namespaces (EINVAL). */
    NetNamespaceRef netNamespaceOfTask(Task x) {
        if (!x.running()) {
            throw new KernelException(Errno.EINVAL, "net_packet", "task " + x.tid + " is not running");
        }
        return new NetNamespaceRef(x.nsproxy.get(NsKind.NET));
    }

    /** OP-48's net namespace behind a descriptor: a container fd gives the container's (EINVAL if none). */
    NetNamespaceRef netNamespaceOfFd(Task holder, int fd) {
        OpenFile f = process.getfd(holder, fd, "net_packet").file();
        if (f instanceof OpenFile.ContainerFile c) {
            return new NetNamespaceRef(c.container.ns.get(NsKind.NET));
        }
        if (f instanceof OpenFile.NsFile n && n.ns.kind == NsKind.NET) {
            return new NetNamespaceRef(n.ns);
        }
        if (f instanceof OpenFile.SocketFile sock) {
            return new NetNamespaceRef(sock.net);
        }
        throw new KernelException(Errno.EINVAL, "net_packet", "descriptor " + fd + " has no net namespace");
    }

    /** OP-48 net_packet on a held namespace: one that died meanwhile is EINVAL. */
    void netPacket(NetNamespaceRef ns, String saddr, String daddr, long proto, long mark) {
        if (ns.ns.destroyed) {
            throw new KernelException(Errno.EINVAL, "net_packet", "the net namespace no longer exists");
        }
        netPacket(ns.ns, saddr, daddr, proto, mark);
    }

    /** OP-48 net_packet: the NETFILTER_PKT record (the caller adds the network CONTAINER_INFO). */
    void netPacket(Namespace ns, String saddr, String daddr, long proto, long mark) {
        k.gen(k.records.netfilterPacket(mark, saddr, daddr, proto, ns.inum));
    }

    /** The network-form CONTAINER_INFO of OP-48, or null if assoc(N) is empty. */
    AuditRecord networkInfo(Namespace ns) {
        var assoc = k.registry.assoc(ns);
        if (assoc.isEmpty()) {
            return null;
        }
        List<String> contids = new ArrayList<>();
        for (long v : assoc) {
            contids.add(k.registry.format(v));
        }
        return k.records.networkContainerInfo(ns.inum, contids);
    }

    /** OP-49 audit_user_msg. */
    void userMsg(Task s, String text) {
        if (!k.capable(s, Capability.CAP_AUDIT_WRITE)) {
            throw KernelCore.fail(Errno.EPERM, "audit_user_msg", "CAP_AUDIT_WRITE needed");
        }
        k.gen(k.records.userMessage(KernelCore.actor(s), text));
    }
}
