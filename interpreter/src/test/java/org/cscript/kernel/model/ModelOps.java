package org.cscript.kernel.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cscript.abi.Capability;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.NsKind;
import org.cscript.kernel.AdminArgumentException;
import org.cscript.kernel.ConfigException;
import org.cscript.kernel.FileView;
import org.cscript.kernel.LimitException;
import org.cscript.kernel.NetNamespaceRef;
import org.cscript.kernel.Task;

/**
 * The operations the generator draws from: one entry per operation of the Kernel facade
 * (kernel-model.md OP-01..OP-54, plus knob changes), each a name, a weight, how it prints its
 * picks and what it does with them. Argument tables mix valid values with the invalid ones that
 * reach each errno. This class holds §3.1-§3.3 and §3.6-§3.7 and the shared helpers; the set-up
 * operations of §3.4 are {@link SetupModelOps}, the keys of §3.5 {@link KeyModelOps}. See
 * {@link KernelModelPropertyTest} for how to add one.
 */
final class ModelOps {
    /** What an entry does: resolve the picks in the world, call the kernel, adopt what it returns. */
    @FunctionalInterface
    interface Action {
        void apply(World w, int a, int b, int c);
    }

    /** How an entry prints its picks (tables print the value picked). */
    @FunctionalInterface
    interface Describe {
        String args(int a, int b, int c);
    }

    /** One operation of the generator. */
    record Op(String name, int weight, Describe describe, Action action) {
    }

    private static final long NEWNS = NsKind.MNT.cloneFlag();
    private static final long NEWUTS = NsKind.UTS.cloneFlag();
    private static final long NEWIPC = NsKind.IPC.cloneFlag();
    private static final long NEWUSER = NsKind.USER.cloneFlag();
    private static final long NEWPID = NsKind.PID.cloneFlag();
    private static final long NEWNET = NsKind.NET.cloneFlag();
    private static final long NEWCGROUP = NsKind.CGROUP.cloneFlag();

    static final Long[] CLONE_FLAGS = {0L, NEWUTS, NEWNET, NEWPID, NEWUSER, NEWUSER | NEWPID, NEWNS | NEWIPC | NEWCGROUP,
        NEWNET | NEWUTS, 0x1L};
    static final Long[] CONTAINER_FLAGS = {0L, ContainerFlags.NEW_PID_NS,
        ContainerFlags.NEW_PID_NS | ContainerFlags.KILL_ON_CLOSE,
        ContainerFlags.NEW_UTS_NS | ContainerFlags.NEW_NET_NS | ContainerFlags.FD_CLOEXEC,
        ContainerFlags.NEW_USER_NS | ContainerFlags.NEW_PID_NS | ContainerFlags.NEW_FS_NS, ContainerFlags.NEW_EMPTY_FS_NS,
        ContainerFlags.NEW_FS_NS | ContainerFlags.NEW_EMPTY_FS_NS, ContainerFlags.KILL_ON_CLOSE,
        ContainerFlags.NEW_CGROUP_NS | ContainerFlags.NEW_IPC_NS, 0x400L,
        ContainerFlags.NEW_USER_NS | ContainerFlags.NEW_NET_NS | ContainerFlags.KILL_ON_CLOSE};
    static final String[] NAMES = {"c", "web", "", "a/b", "x".repeat(24), "db"};
    static final String[] NS_KINDS = {"net", "uts", "ipc", "mnt", "user", "pid", "pid_for_children", "cgroup", "bogus"};
    static final Long[] NSTYPES = {0L, 0L, 0L, 0L, NEWNET, NEWUTS, NEWPID, NEWUSER, NEWNS, 0x1L};
    static final Long[] SIGNALS = {9L, 15L, 0L, 1L, 65L, 64L};
    static final Long[] UIDS = {0L, 1000L, 1001L};
    /** execve's paths; with exec.check_path only a file works, such as "/tmp/f" once openat or mknodat made it. */
    static final String[] PATHS = {"/bin/sh", "/usr/bin/runc", "/sbin/init-with-a-long-name", "/tmp/f"};
    static final String[] CONTIDS = {"1", "2", "3", "5", "7", "1\n", "+4", "18446744073709551615", "18446744073709551616",
        "x", "12"};
    /** Set-on-clone's IDs: small values the contid writes also use, and UNSET (-1, the u64's bits). */
    static final Long[] CLONE_CONTIDS = {1L, 2L, 3L, 5L, 7L, -1L};
    /** uid_map / gid_map texts: the owner's own id, a range, the identity, and refusals (two ids unprivileged, syntax, overlap). */
    static final String[] ID_MAPS = {"0 0 1", "0 1000 1", "0 100000 65536", "0 0 4294967295", "0 1000 2",
        "5 5 1\n6 6 1", "x", "0 0 1\n0 1 1"};
    static final String[] LOGINUIDS = {"1000", "0", "4294967295", "4294967296", "abc", "1001\n"};
    static final String[] RULES = {"-a always,exit -S execve", "-a always,exit -S clone -k c", "-a exit,never -F contid=1",
        "-a always,exit -F contid=2", "-a exclude,never -F msgtype=NS_CREATE", "-D", "-a always,exit -S setns",
        "-a always,exit -F contid_tree=1", "nonsense", "-a exit,always -S fork_into_container"};
    static final String[][] KNOBS = {{"contid.allow_move", "true"}, {"contid.allow_move", "false"},
        {"contid.deny_children", "false"}, {"contid.deny_children", "true"}, {"contid.require_descendant", "false"},
        {"contid.thread_policy", "group"}, {"contid.thread_policy", "deny"}, {"setns.contid_policy", "lookup"},
        {"setns.contid_policy", "keep"}, {"setns.allow_container_fd", "false"}, {"setns.allow_container_fd", "true"},
        {"container.kill_on_close_scope", "init"}, {"container.fork_into_after_start", "false"},
        {"container.fork_into_after_start", "true"}, {"container.lsm_alloc", "deny"}, {"container.lsm_alloc", "allow"},
        {"audit.record_names", "upstream"}, {"audit.contid_format", "chain"}, {"audit.contid_format", "v11"}, {"contid.cap_scope", "own"},
        {"contid.read_cap", "none"}, {"contid.setter_cap", "CAP_AUDIT_CONTROL"}, {"clock.tick_ms", "0"},
        {"clock.tick_ms", "5"}, {"audit.nsdev", "00:05"}, {"keys.userns_queue", "true"},
        {"keys.userns_queue", "false"}, {"exec.check_path", "true"}, {"exec.check_path", "false"},
        {"contid.set_on_clone", "on"}, {"contid.set_on_clone", "off"}, {"contid.ladder", "v11"}, {"contid.ladder", "seed"},
        {"container.supervisor", "on"}, {"container.supervisor", "off"},
        {"container.policy", "on"}, {"container.policy", "off"},
        {"container.checkpoint", "on"}, {"container.checkpoint", "off"},
        {"audit.backlog_limit", "3"}, {"audit.backlog_limit", "0"}, {"audit.reader", "manual"}, {"audit.reader", "eager"}};
    /** Image ids: the first two a try can make, and one it never does. */
    static final String[] IMAGES = {"ckpt-1", "ckpt-2", "ckpt-9"};
    /** container_supervise's lists: the operations it can override, none, and one it cannot. */
    static final String[] SUPERVISED = {"fsopen", "fsopen,unshare,mknodat", "unshare", "", "kill"};
    /** container_set_policy's labels (one invalid) and denied lists (one with an operation no policy can deny). */
    static final String[] LABELS = {"web_t", "db_t", "bad label"};
    static final List<List<String>> DENIED = List.of(List.of("unshare"), List.of("unshare", "getpid", "set_contid"),
            List.of(), List.of("exit"));
    /** What the policy hook entry performs, by script name. */
    static final String[] PERFORMED = {"unshare", "getpid"};
    static final String[] SINKS = {"s1", "s2", "s3"};
    static final Long[] SINK_CONTIDS = {1L, 2L, 3L, 5L, -1L};

    private ModelOps() {
    }

    static String t(int pick) {
        return "task[" + pick + "]";
    }

    static String fd(int pick) {
        return "fd[" + pick + "]";
    }

    static <T> T of(T[] table, int pick) {
        return table[pick % table.length];
    }

    static String hex(Long[] table, int pick) {
        return "0x" + Long.toHexString(of(table, pick));
    }

    static String text(String[] table, int pick) {
        return '"' + of(table, pick).replace("\n", "\\n") + '"';
    }

    private static Op op(String name, int weight, Describe describe, Action action) {
        return new Op(name, weight, describe, action);
    }

    /** capset's set: the current caps without one, none, all, or the current caps unchanged. */
    private static Set<Capability> caps(Task s, int b, int c) {
        Set<Capability> caps = s.caps();
        switch (c % 4) {
            case 0 -> caps.remove(Capability.values()[b % Capability.values().length]);
            case 1 -> caps.clear();
            case 2 -> caps = EnumSet.allOf(Capability.class);
            default -> { }
        }
        return caps;
    }

    /** OP-48's namespace: of a task, behind a descriptor, or one held from an earlier packet (it may have died). */
    private static NetNamespaceRef net(World w, int a, int b, int c) {
        return switch (c % 3) {
            case 0 -> w.k.netNamespaceOfTask(w.target(b));
            case 1 -> {
                Task s = w.holder(a, null);
                yield w.k.netNamespaceOfFd(s, w.fd(s, b));
            }
            default -> w.heldNet != null ? w.heldNet : w.k.netNamespaceOfTask(w.task(b));
        };
    }

    /** §3.1-§3.3, §3.6, §3.7 and knob changes. */
    private static final List<Op> CORE = List.of(
            // §3.1 processes
            op("fork", 8, (a, b, c) -> t(a), (w, a, b, c) -> w.adopt(w.k.fork(w.task(a)))),
            op("clone", 4, (a, b, c) -> t(a) + ", " + hex(CLONE_FLAGS, b),
                    (w, a, b, c) -> w.adopt(w.k.clone(w.task(a), of(CLONE_FLAGS, b)))),
            op("clone_thread", 4, (a, b, c) -> t(a), (w, a, b, c) -> w.adopt(w.k.cloneThread(w.task(a)))),
            op("execve", 3, (a, b, c) -> t(a) + ", " + text(PATHS, b), (w, a, b, c) -> w.k.execve(w.task(a), of(PATHS, b))),
            op("exit", 4, (a, b, c) -> t(a) + ", " + b, (w, a, b, c) -> w.k.exit(w.task(a), b)),
            op("thread_exit", 2, (a, b, c) -> t(a), (w, a, b, c) -> w.k.threadExit(w.task(a))),
            op("kill", 4, (a, b, c) -> t(a) + ", " + t(b) + ", " + of(SIGNALS, c),
                    (w, a, b, c) -> w.k.kill(w.task(a), w.target(b), of(SIGNALS, c))),
            op("waitpid", 3, (a, b, c) -> t(a) + ", " + (b < 8 ? "any" : t(b)),
                    (w, a, b, c) -> w.k.waitpid(w.task(a), b < 8 ? null : w.target(b))),
            op("getpid", 1, (a, b, c) -> t(a), (w, a, b, c) -> w.k.getpid(w.task(a))),
            op("setuid", 2, (a, b, c) -> t(a) + ", " + of(UIDS, b), (w, a, b, c) -> w.k.setuid(w.task(a), of(UIDS, b))),
            op("capset", 2, (a, b, c) -> t(a) + ", caps[" + b + "," + c % 4 + "]", (w, a, b, c) -> {
                Task s = w.task(a);
                w.k.capset(s, caps(s, b, c));
            }),
            op("dup", 3, (a, b, c) -> t(a) + ", " + fd(b), (w, a, b, c) -> {
                Task s = w.holder(a, null);
                w.adopt(w.k.dup(s, w.fd(s, b)));
            }),
            op("close", 5, (a, b, c) -> t(a) + ", " + fd(b), (w, a, b, c) -> {
                Task s = w.holder(a, null);
                w.k.close(s, w.fd(s, b));
            }),
            op("fd_pass", 3, (a, b, c) -> t(a) + ", " + fd(b) + ", " + t(c), (w, a, b, c) -> {
                Task s = w.holder(a, null);
                w.adopt(w.k.fdPass(s, w.fd(s, b), w.target(c)));
            }),
            // §3.2 namespaces
            op("unshare", 3, (a, b, c) -> t(a) + ", " + hex(CLONE_FLAGS, b),
                    (w, a, b, c) -> w.k.unshare(w.task(a), of(CLONE_FLAGS, b))),
            op("ns_open", 4, (a, b, c) -> t(a) + ", " + t(b) + ", " + text(NS_KINDS, c),
                    (w, a, b, c) -> w.adopt(w.k.nsOpen(w.task(a), w.target(b), of(NS_KINDS, c)))),
            op("readlink_ns", 1, (a, b, c) -> t(a) + ", " + t(b) + ", " + text(NS_KINDS, c),
                    (w, a, b, c) -> w.k.readlinkNs(w.task(a), w.target(b), of(NS_KINDS, c))),
            op("setns", 5, (a, b, c) -> t(a) + ", " + fd(b) + ", " + hex(NSTYPES, c), (w, a, b, c) -> {
                Task s = w.holder(a, null);
                w.k.setns(s, w.fd(s, b), of(NSTYPES, c));
            }),
            // §3.3 containers
            op("container_create", 8, (a, b, c) -> t(a) + ", " + text(NAMES, b) + ", " + hex(CONTAINER_FLAGS, c)
                    + (a >= 60 ? ", spare=1" : ""), (w, a, b, c) -> w.adopt(w.k.containerCreate(w.task(a), of(NAMES, b),
                    of(CONTAINER_FLAGS, c), a >= 60 ? 1 : 0, 0, 0))),
            op("fork_into_container", 6, (a, b, c) -> t(a) + ", c" + fd(b), (w, a, b, c) -> {
                Task s = w.holder(a, FileView.Kind.CONTAINER);
                w.adopt(w.k.forkIntoContainer(s, w.cfd(s, b)));
            }),
            op("poll", 2, (a, b, c) -> t(a) + ", c" + fd(b), (w, a, b, c) -> {
                Task s = w.holder(a, FileView.Kind.CONTAINER);
                w.k.poll(s, w.cfd(s, b));
            }),
            op("container_wait", 2, (a, b, c) -> t(a) + ", c" + fd(b), (w, a, b, c) -> {
                Task s = w.holder(a, FileView.Kind.CONTAINER);
                w.k.containerWait(s, w.cfd(s, b));
            }),
            op("container_kill", 3, (a, b, c) -> t(a) + ", c" + fd(b) + ", " + (c % 2 == 0 ? "all" : "init") + ", "
                    + of(SIGNALS, c / 2), (w, a, b, c) -> {
                Task s = w.holder(a, FileView.Kind.CONTAINER);
                w.k.containerKill(s, w.cfd(s, b), c % 2, of(SIGNALS, c / 2));
            }),
            op("read_proc_containers", 1, (a, b, c) -> t(a), (w, a, b, c) -> w.k.readProcContainers(w.task(a))),
            // §3.6 audit identity
            op("loginuid_write", 2, (a, b, c) -> t(a) + ", " + (b < 48 ? "self" : t(b)) + ", " + text(LOGINUIDS, c),
                    (w, a, b, c) -> {
                        Task s = w.task(a);
                        w.k.loginuidWrite(s, b < 48 ? s : w.target(b), of(LOGINUIDS, c));
                    }),
            op("contid_write", 7, (a, b, c) -> t(a) + ", " + (b < 24 ? "child" : "task") + "[" + b + "], " + text(CONTIDS, c),
                    (w, a, b, c) -> {
                        Task s = w.task(a);
                        w.k.contidWrite(s, w.childOr(s, b), of(CONTIDS, c));
                    }),
            op("contid_read", 2, (a, b, c) -> t(a) + ", " + t(b), (w, a, b, c) -> w.k.contidRead(w.task(a), w.target(b))),
            op("capcontid_write", 1, (a, b, c) -> t(a) + ", " + t(b) + ", " + c % 3,
                    (w, a, b, c) -> w.k.capcontidWrite(w.task(a), w.target(b), Long.toString(c % 3))),
            op("capcontid_read", 1, (a, b, c) -> t(a) + ", " + t(b), (w, a, b, c) -> w.k.capcontidRead(w.task(a), w.target(b))),
            // §3.7 kernel events and administration
            op("net_packet", 3, (a, b, c) -> (c % 3 == 0 ? "netns of " + t(b) : c % 3 == 1 ? "netns of " + t(a) + " "
                    + fd(b) : "held netns") + ", mark " + a, (w, a, b, c) -> {
                w.heldNet = net(w, a, b, c);
                w.k.netPacket(w.heldNet, "10.0.0.1", "10.0.0.2", 6, a);
            }),
            op("audit_user_msg", 2, (a, b, c) -> t(a) + ", \"msg " + b + "\"",
                    (w, a, b, c) -> w.k.auditUserMsg(w.task(a), "msg " + b)),
            op("auditctl", 2, (a, b, c) -> text(RULES, a), (w, a, b, c) -> w.k.auditctl(of(RULES, a))),
            op("audit_sink_create", 2, (a, b, c) -> text(SINKS, a) + ", " + of(SINK_CONTIDS, b) + (c % 2 == 1 ? ", route" : ""),
                    (w, a, b, c) -> w.k.backlog().sinkCreate(of(SINKS, a), of(SINK_CONTIDS, b), c % 2 == 1)),
            // the audit backlog proposal: a daemon reads its queue (the host's, or a sink's: ENOENT if none)
            op("auditd_read", 2, (a, b, c) -> a % 4 == 0 ? "host" : text(SINKS, a),
                    (w, a, b, c) -> w.k.backlog().read(a % 4 == 0 ? null : of(SINKS, a))),
            op("audit_set_enabled", 1, (a, b, c) -> Boolean.toString(a % 4 != 0),
                    (w, a, b, c) -> w.k.auditSetEnabled(a % 4 != 0)),
            op("advance_clock", 1, (a, b, c) -> Integer.toString(a * 7), (w, a, b, c) -> w.k.advanceClock(a * 7L)),
            op("config", 3, (a, b, c) -> of(KNOBS, a)[0] + " = " + of(KNOBS, a)[1],
                    (w, a, b, c) -> w.k.configure(of(KNOBS, a)[0], of(KNOBS, a)[1])),
            // OP-01 with a contid (set-on-clone, Q20)
            op("clone_contid", 2, (a, b, c) -> t(a) + ", " + hex(CLONE_FLAGS, b) + ", " + of(CLONE_CONTIDS, c),
                    (w, a, b, c) -> {
                        try {
                            w.adopt(w.k.cloneWithContid(w.task(a), of(CLONE_FLAGS, b), of(CLONE_CONTIDS, c)));
                        } catch (ConfigException off) {
                            // contid.set_on_clone = off: refused before the event, nothing changed
                        }
                    }),
            // the supervisor of docs/proposals/supervisor-override.md: no event, refusals are scenario mistakes
            op("container_supervise", 2, (a, b, c) -> t(a) + ", c" + fd(b) + ", " + text(SUPERVISED, c),
                    (w, a, b, c) -> {
                        Task s = w.holder(a, FileView.Kind.CONTAINER);
                        try {
                            w.k.containerSupervise(s, w.cfd(s, b), of(SUPERVISED, c));
                        } catch (ConfigException | AdminArgumentException refused) {
                            // knob off, not a container fd, a member of it, or an op it cannot override
                        }
                    }),
            // checkpoint-restore.md: events without a syscall, refusals are scenario mistakes before any effect
            op("checkpoint", 6, (a, b, c) -> t(a) + ", c" + fd(b), (w, a, b, c) -> {
                Task s = w.holder(a, FileView.Kind.CONTAINER);
                try {
                    w.k.checkpoints().checkpoint(s, w.cfd(s, b));
                } catch (ConfigException | AdminArgumentException refused) {
                    // knob off, not a container fd, the caller inside, or a container the model cannot image
                }
            }),
            op("restore", 6, (a, b, c) -> t(a) + ", " + text(IMAGES, b), (w, a, b, c) -> {
                Task s = w.task(a);
                Set<Task> before = new HashSet<>(w.k.tasks());
                try {
                    w.adopt(w.k.checkpoints().restore(s, of(IMAGES, b)));
                } catch (ConfigException | AdminArgumentException | LimitException refused) {
                    return;   // knob off, no such image, no CAP_SYS_ADMIN, the contid live, no room
                }
                w.k.tasks().stream().filter(t -> !before.contains(t)).forEach(w::adopt);
            }),
            // the container policy proposal: P-POLICY, and P-LSM's hook in front of a named operation
            op("container_set_policy", 2, (a, b, c) -> t(a) + ", c" + fd(b) + ", " + text(LABELS, c) + ", "
                    + DENIED.get(c % DENIED.size()), (w, a, b, c) -> {
                        Task s = w.holder(a, FileView.Kind.CONTAINER);
                        try {
                            w.k.policy().setPolicy(s, w.cfd(s, b), of(LABELS, c), DENIED.get(c % DENIED.size()));
                        } catch (ConfigException off) {
                            // container.policy = off: refused, nothing changed
                        }
                    }),
            op("container_policy", 3, (a, b, c) -> of(PERFORMED, b) + " by " + t(a),
                    (w, a, b, c) -> w.k.policy().performing(of(PERFORMED, b), () -> {
                        if (b % 2 == 0) {
                            w.k.unshare(w.task(a), of(CLONE_FLAGS, c));
                        } else {
                            w.k.getpid(w.task(a));
                        }
                        return null;
                    })),
            // uid/gid maps (docs/proposals/userns-maps.md): refused before the event with userns.maps = off
            op("write_uid_map", 1, (a, b, c) -> t(a) + ", " + t(b) + ", " + text(ID_MAPS, c),
                    (w, a, b, c) -> mapWrite(() -> w.k.userns().writeUidMap(w.task(a), w.task(b), of(ID_MAPS, c)))),
            op("write_gid_map", 1, (a, b, c) -> t(a) + ", " + t(b) + ", " + text(ID_MAPS, c),
                    (w, a, b, c) -> mapWrite(() -> w.k.userns().writeGidMap(w.task(a), w.task(b), of(ID_MAPS, c)))));

    private static void mapWrite(Runnable write) {
        try {
            write.run();
        } catch (ConfigException off) {
            // userns.maps = off: a scenario mistake, nothing changed
        }
    }

    /** Every operation: these, {@link SetupModelOps#OPS} and {@link KeyModelOps#OPS}; the generator draws by weight. */
    static final List<Op> ALL = concat(CORE, SetupModelOps.OPS, KeyModelOps.OPS);

    /** The entry called {@code name}. */
    static Op named(String name) {
        for (Op op : ALL) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("no operation " + name);
    }

    @SafeVarargs
    private static List<Op> concat(List<Op>... parts) {
        List<Op> all = new ArrayList<>();
        for (List<Op> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
