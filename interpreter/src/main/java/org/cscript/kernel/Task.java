package org.cscript.kernel;

import java.util.EnumMap;
import java.util.TreeMap;
import org.cscript.abi.Capability;
import org.cscript.abi.NsKind;
import org.cscript.abi.Unset;

/**
 * A task (kernel-model.md §1.4). The public methods are the read-only view the interpreter uses;
 * the model mutates the package-private fields.
 */
public final class Task {
    enum State { RUNNING, ZOMBIE, REAPED }

    final long tid;
    final Task leader;
    /** Live tasks of the group by tid, leader included; only on the leader. */
    final TreeMap<Long, Task> threads;
    /** The parent process (a leader); threads use their leader's. */
    Task parent;
    /** Child processes (leaders), running and zombie; only on the leader. */
    final TreeMap<Long, Task> children;
    State state = State.RUNNING;
    long exitStatus;
    String comm;
    String exe;
    Creds cred;
    long loginuid = Unset.U32;
    long sessionid = Unset.U32;
    long contid = Unset.U64;
    /** /proc/T/audit_capcontainerid (upstream extension): 0 or 1; not inherited. */
    long capcontid;
    /** mnt, uts, ipc, pid (= pid_for_children), net, cgroup; never USER (that is cred.userns). */
    final EnumMap<NsKind, Namespace> nsproxy = new EnumMap<>(NsKind.class);
    final Namespace activePidns;
    /** PID numbers indexed by namespace level, from the initial namespace to activePidns. */
    final long[] nrs;
    String root;
    String cwd;
    FdTable fds;
    Container container;

    // keys (kernel-model.md §1.3, §1.8): null until add_key creates them on demand (OP-39). execve
    // keeps all three: OP-03 lists no keyring effect (Linux would drop the thread keyring).
    /** This task's own thread keyring (never inherited). */
    Key threadKeyring;
    /** The group's process keyring: only the leader's slot is used, so threads share it. */
    Key processKeyring;
    /** The session keyring, inherited on fork and clone_thread (not by fork_into_container). */
    Key sessionKeyring;

    Task(long[] nrs, Task leaderOrNull, Namespace activePidns) {
        this.nrs = nrs;
        this.tid = nrs[0];
        this.activePidns = activePidns;
        this.leader = leaderOrNull == null ? this : leaderOrNull;
        this.threads = leaderOrNull == null ? new TreeMap<>() : null;
        this.children = leaderOrNull == null ? new TreeMap<>() : null;
    }

    boolean running() {
        return state == State.RUNNING;
    }

    /** The namespace of a kind: user = credential namespace, pid = pid_for_children. */
    Namespace nsOf(NsKind k) {
        return k == NsKind.USER ? cred.userns : nsproxy.get(k);
    }

    /** The namespace of a kind the task lives in: like {@link #nsOf}, but pid = the active PID namespace. */
    /** The inode numbers of the namespaces this task lives in, by kind label (mnt, uts, ...), in canonical order. */
    public java.util.Map<String, Long> namespaceInodes() {
        java.util.Map<String, Long> inodes = new java.util.LinkedHashMap<>();
        for (NsKind kind : NsKind.values()) {
            Namespace ns = activeNsOf(kind);
            if (ns != null) {
                inodes.put(kind.label(), ns.inum);
            }
        }
        return inodes;
    }

    Namespace activeNsOf(NsKind k) {
        return k == NsKind.PID ? activePidns : nsOf(k);
    }

    /** Number in the task's own active PID namespace. */
    long ownNr() {
        return nrs[nrs.length - 1];
    }

    /** The task's effective capability set (a copy), for drop_cap and {@code t.caps}. */
    public java.util.Set<Capability> caps() {
        return cred.caps.isEmpty() ? java.util.EnumSet.noneOf(Capability.class) : java.util.EnumSet.copyOf(cred.caps);
    }

    public long tid() {
        return tid;
    }

    public long tgid() {
        return leader.tid;
    }

    /** The parent's tgid in the initial PID namespace; 0 for task 1. */
    public long ppid() {
        Task p = leader.parent;
        return p == null ? 0 : p.tid;
    }

    public String comm() {
        return comm;
    }

    public String exe() {
        return exe;
    }

    public long uid() {
        return cred.uid;
    }

    public long euid() {
        return cred.euid;
    }

    public long loginuid() {
        return loginuid;
    }

    public long sessionid() {
        return sessionid;
    }

    /** Raw u64 in a long: -1L is UNSET64. */
    public long contid() {
        return contid;
    }

    /** "running", "zombie" or "reaped". */
    public String state() {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    public long exitStatus() {
        return exitStatus;
    }

    /** Id of the container object the task belongs (or last belonged) to. */
    public long containerId() {
        return container.id;
    }

    public String containerName() {
        return container.name;
    }

    @Override
    public String toString() {
        return "task " + tid;
    }
}
