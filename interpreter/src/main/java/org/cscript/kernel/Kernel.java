package org.cscript.kernel;

import java.util.List;
import org.cscript.abi.Capability;
import org.cscript.abi.CloneFlags;
import org.cscript.abi.FileFlags;
import org.cscript.abi.Syscall;

/**
 * The simulated kernel (kernel-model.md): containers as kernel objects plus the audit container
 * identifier. A table of entry points, one per model operation (OP-xx in its Javadoc): each runs
 * the operation's body, which lives in the {@code *Ops} class of its section, as an event context
 * (§2.5) with its syscall arguments and exit value. The acting task comes first; a failure throws
 * {@link KernelException} after its event was emitted.
 */
public final class Kernel {
    /** OP-38's minor "*": every minor of the major. */
    public static final long ANY_MINOR = Container.DeviceRule.ANY_MINOR;

    /** Whether the kernel checks its invariants (§1.12) by itself after every operation. */
    public enum InvariantChecks {
        /** Only when asked, through {@link #checkInvariants()}. */
        OFF,
        /** After every facade operation, event or not: a violation throws {@link InvariantViolation}. */
        AFTER_EVERY_OPERATION
    }

    final KernelCore core;
    private final InvariantGuard invariants;
    private final Events events;
    private final ProcessOps process;
    private final NamespaceOps namespaces;
    private final ContainerOps containers;
    private final AuditIdentityOps identity;
    private final AdminOps admin;
    private final SetupEntryPoints setup;
    private final KeyEntryPoints keys;
    private final PolicyEntryPoints policy;   // made once: every builtin call passes through it

    /** Boots (§1.11) with a private copy of {@code config}; {@link #configure} changes knobs later. */
    public Kernel(KernelConfig config) {
        this(config, InvariantChecks.OFF);
    }

    /** Boots, checking the invariants after every operation if {@code checks} says so (the baseline is taken at boot). */
    public Kernel(KernelConfig config, InvariantChecks checks) {
        this(config, checks, TraceKeeping.IN_KERNEL);
    }

    /** Boots, the host trace kept as {@code keeping} says; its events reach the {@linkplain #addTraceListener listeners}. */
    public Kernel(KernelConfig config, InvariantChecks checks, TraceKeeping keeping) {
        this.core = new KernelCore(config.copy(), keeping);
        this.events = new Events(core);
        this.process = new ProcessOps(core);
        this.namespaces = new NamespaceOps(core, process);
        this.containers = new ContainerOps(core, process);
        this.identity = new AuditIdentityOps(core, process);
        this.admin = new AdminOps(core);
        SetupSupport setupSupport = new SetupSupport(core, process, containers);
        ContainerConfigOps containerConfig = new ContainerConfigOps(core, setupSupport);
        this.setup = new SetupEntryPoints(events, new MountOps(core, setupSupport, containerConfig), containerConfig,
                new ContainerMountOps(core, setupSupport), new FileOps(core, setupSupport));
        this.keys = new KeyEntryPoints(events, new KeyOps(core, process, containers));
        InvariantChecker checker = new InvariantChecker(core);
        if (checks == InvariantChecks.AFTER_EVERY_OPERATION || keeping == TraceKeeping.IN_KERNEL) {
            checker.checkTrace();
        }
        this.invariants = new InvariantGuard(checker, checks, events);
        this.policy = new PolicyEntryPoints(core, new PolicyOps(core, containers), invariants);
    }

    /** {@code listener} receives every host event from now on, as it is written. */
    public void addTraceListener(TraceListener listener) {
        core.log.addListener(listener);
    }

    /** Records written to the host sink so far (kept or not). */
    public long traceRecordsWritten() {
        return core.log.recordsWritten();
    }

    /** Checks every invariant of §1.12 (and their bookkeeping) now: what is broken, in a fixed order; linear. */
    public List<Violation> checkInvariants() {
        return invariants.checkNow();
    }

    /** Task 1. */
    public Task initTask() {
        return core.init;
    }

    /** Preamble P0 (kernel-model.md 4.7/5): the orchestrator, init's child exec'd as /usr/bin/runc; silent. */
    public Task startOrchestrator() {
        Task orchestrator = fork(core.init);
        // The boot filesystem (§1.11) has directories only: with exec.check_path the preamble could
        // never exec /usr/bin/runc, so P0's exec (emitting nothing either way) skips the check.
        events.run(orchestrator, Syscall.EXECVE, new long[0],
                () -> process.execve(orchestrator, "/usr/bin/runc", false));
        return orchestrator;
    }

    // ------------------------------------------------------------ §3.1 processes

    /** OP-01 fork = clone(S, 0). */
    public Task fork(Task s) {
        return clone(s, 0);
    }

    /** OP-01 clone. */
    public Task clone(Task s, long flags) {
        return events.run(s, Syscall.CLONE, new long[] {flags}, () -> process.clone(s, flags), c -> core.pidIn(s, c));
    }

    /** OP-01 clone giving the child audit container ID {@code contid}, a1 (Q20, contid.set_on_clone = on). */
    public Task cloneWithContid(Task s, long flags, long contid) {
        return events.run(s, Syscall.CLONE, new long[] {flags, contid}, () -> identity.cloneWithContid(s, flags, contid),
                c -> core.pidIn(s, c));
    }

    /** OP-02 clone_thread. */
    public Task cloneThread(Task s) {
        return events.run(s, Syscall.CLONE, new long[] {CloneFlags.THREAD_FLAGS}, () -> process.cloneThread(s),
                y -> core.tidIn(s, y));
    }

    /** OP-03 execve. */
    public void execve(Task s, String path) {
        events.run(s, Syscall.EXECVE, new long[0], () -> process.execve(s, path, true));
    }

    /** OP-04 exit (exit_group). */
    public void exit(Task s, long code) {
        events.run(s, Syscall.EXIT_GROUP, new long[] {code}, () -> process.exit(s, code));
    }

    /** OP-05 thread_exit. */
    public void threadExit(Task s) {
        events.run(s, Syscall.EXIT, new long[0], () -> process.threadExit(s));
    }

    /** OP-06 kill; a0 is T's number in S's PID namespace. */
    public void kill(Task s, Task t, long sig) {
        events.run(s, Syscall.KILL, new long[] {core.pidIn(s, t), sig}, () -> process.kill(s, t, sig));
    }

    /** OP-07 waitpid (WNOHANG semantics); {@code t} null waits for any child. a0 = pid or -1. */
    public WaitResult waitpid(Task s, Task t) {
        return events.run(s, Syscall.WAIT4, new long[] {process.waitpidArg(s, t)}, () -> process.waitpid(s, t),
                WaitResult::pid);
    }

    /** OP-08 getpid. */
    public long getpid(Task s) {
        return events.run(s, Syscall.GETPID, new long[0], () -> core.pidIn(s, s), r -> r);
    }

    /** OP-09 setuid (syscall setresuid; a0-a2 = uid). */
    public void setuid(Task s, long uid) {
        events.run(s, Syscall.SETRESUID, new long[] {uid, uid, uid}, () -> process.setuid(s, uid));
    }

    /** OP-10 capset. */
    public void capset(Task s, java.util.Set<Capability> caps) {
        events.run(s, Syscall.CAPSET, new long[0], () -> process.capset(s, caps));
    }

    /** OP-11 dup. */
    public int dup(Task s, int fd) {
        return events.run(s, Syscall.DUP, new long[] {fd}, () -> process.dup(s, fd), r -> r);
    }

    /** OP-12 close (OP-20 for container files). */
    public void close(Task s, int fd) {
        events.run(s, Syscall.CLOSE, new long[] {fd}, () -> process.close(s, fd));
    }

    /** OP-13 fd_pass: never audited. */
    public int fdPass(Task s, int fd, Task r) {
        return invariants.checked("fdPass", () -> process.fdPass(s, fd, r));
    }

    // ------------------------------------------------------------ §3.2 namespaces

    /** OP-14 unshare. */
    public void unshare(Task s, long flags) {
        events.run(s, Syscall.UNSHARE, new long[] {flags}, () -> namespaces.unshare(s, flags));
    }

    /** OP-15 ns_open (openat(AT_FDCWD, "/proc/T/ns/kind", O_RDONLY)). */
    public int nsOpen(Task s, Task t, String kind) {
        return events.run(s, Syscall.OPENAT, new long[] {FileFlags.AT_FDCWD}, () -> namespaces.nsOpen(s, t, kind),
                r -> r);
    }

    /** OP-54 readlink_ns: "kind:[inum]" (pid_for_children prints as pid, like Linux); never audited. */
    public String readlinkNs(Task s, Task t, String kind) {
        return invariants.checked("readlinkNs", () -> namespaces.readlinkNs(s, t, kind));
    }

    /** OP-16 / OP-17 setns, by the kind of file behind {@code fd}. */
    public void setns(Task s, int fd, long nstype) {
        events.run(s, Syscall.SETNS, new long[] {fd, nstype}, () -> namespaces.setns(s, fd, nstype));
    }

    // ------------------------------------------------------------ §3.3 containers

    /** OP-18 container_create. */
    public int containerCreate(Task s, String nameOrNull, long flags, long spare3, long spare4, long spare5) {
        return events.run(s, Syscall.CONTAINER_CREATE, new long[] {0, flags, spare3, spare4},
                () -> containers.create(s, nameOrNull, flags, spare3, spare4, spare5), r -> r);
    }

    /** OP-19 fork_into_container. */
    public Task forkIntoContainer(Task s, int cfd) {
        return events.run(s, Syscall.FORK_INTO_CONTAINER, new long[] {cfd}, () -> containers.forkInto(s, cfd),
                c -> core.pidIn(s, c));
    }

    /** OP-22 poll (poll(fds, 1, 0): the pollfd array is a pointer, printed 0). */
    public int poll(Task s, int cfd) {
        return events.run(s, Syscall.POLL, new long[] {0, 1, 0}, () -> containers.poll(s, cfd), r -> r);
    }

    /** OP-23 container_wait: returns the wait status (the syscall itself returns 0). */
    public long containerWait(Task s, int cfd) {
        return events.run(s, Syscall.CONTAINER_WAIT, new long[] {cfd}, () -> containers.waitFor(s, cfd), r -> 0L);
    }

    /** OP-24 container_kill. */
    public void containerKill(Task s, int cfd, long initOnly, long sig) {
        events.run(s, Syscall.CONTAINER_KILL, new long[] {cfd, initOnly, sig},
                () -> containers.kill(s, cfd, initOnly, sig));
    }

    /** OP-25 read /proc/containers (syscall read, exit = byte length). */
    public String readProcContainers(Task s) {
        return events.run(s, Syscall.READ, new long[0], () -> containers.procContainers(s), KernelCore::byteLength);
    }

    // ------------------------------------------------------------ §3.4 set-up and §3.5 keys

    /** The entry points of §3.4, container set-up (OP-26 .. OP-38). */
    public SetupEntryPoints setup() {
        return setup;
    }

    /** The entry points of §3.5, keys and keyrings (OP-39 .. OP-44). */
    public KeyEntryPoints keys() {
        return keys;
    }

    /** The audit backlog of docs/proposals/audit-backlog.md: the host daemon's reads, lost records. */
    public BacklogEntryPoints backlog() {
        return new BacklogEntryPoints(core, admin, invariants);
    }

    /** container_supervise (supervisor-override.md): S supervises its cfd's container, allowing {@code ops}. */
    public void containerSupervise(Task s, int cfd, String ops) {
        Supervision.attach(core, s, cfd, ops);
    }

    /** Per-container security policy of docs/proposals/container-policy.md (container.policy = on). */
    public PolicyEntryPoints policy() {
        return policy;
    }

    /** Checkpoint and restore of docs/proposals/checkpoint-restore.md (container.checkpoint = on). */
    public CheckpointEntryPoints checkpoints() {
        return new CheckpointEntryPoints(events, new CheckpointOps(core, process, containers), invariants);
    }

    /** The uid/gid maps of docs/proposals/userns-maps.md (userns.maps = on). */
    public UsernsEntryPoints userns() {
        return new UsernsEntryPoints(events, process.maps);
    }

    // ------------------------------------------------------------ §3.6 audit identity

    /** OP-45 write /proc/T/loginuid. */
    public long loginuidWrite(Task s, Task t, String text) {
        return events.run(s, Syscall.WRITE, new long[] {0, 0, KernelCore.byteLength(text)},
                () -> identity.loginuidWrite(s, t, text), r -> r);
    }

    /** OP-46 write /proc/T/audit_containerid. */
    public long contidWrite(Task s, Task t, String text) {
        return events.run(s, Syscall.WRITE, new long[] {0, 0, KernelCore.byteLength(text)},
                () -> identity.contidWrite(s, t, text), r -> r);
    }

    /** OP-46's /proc/PID lookup in S's PID namespace: whoever holds the number now (ESRCH if nobody); not audited. */
    public Task procTask(Task s, long pid) {
        return invariants.checked("procTask", () -> identity.procTask(s, pid));
    }

    /** OP-47 read /proc/T/audit_containerid. */
    public String contidRead(Task s, Task t) {
        return events.run(s, Syscall.READ, new long[0], () -> identity.contidRead(s, t), KernelCore::byteLength);
    }

    /** Write /proc/T/audit_capcontainerid (upstream extension, no OP number). */
    public long capcontidWrite(Task s, Task t, String text) {
        return events.run(s, Syscall.WRITE, new long[] {0, 0, KernelCore.byteLength(text)},
                () -> identity.capcontidWrite(s, t, text), r -> r);
    }

    /** Read /proc/T/audit_capcontainerid (upstream extension, no OP number). */
    public String capcontidRead(Task s, Task t) {
        return events.run(s, Syscall.READ, new long[0], () -> identity.capcontidRead(s, t), KernelCore::byteLength);
    }

    // ------------------------------------------------------------ §3.7 kernel events

    /** OP-48's "net namespace of task X" (X must be running). */
    public NetNamespaceRef netNamespaceOfTask(Task x) {
        return invariants.checked("netNamespaceOfTask", () -> identity.netNamespaceOfTask(x));
    }

    /** OP-48's net namespace behind a descriptor: a container fd gives the container's. */
    public NetNamespaceRef netNamespaceOfFd(Task holder, int fd) {
        return invariants.checked("netNamespaceOfFd", () -> identity.netNamespaceOfFd(holder, fd));
    }

    /** OP-48 net_packet: a subject-less kernel event. */
    public void netPacket(NetNamespaceRef ns, String saddr, String daddr, long proto, long mark) {
        events.runSubjectless(() -> identity.netPacket(ns, saddr, daddr, proto, mark),
                () -> identity.networkInfo(ns.ns));
    }

    /** OP-49 audit_user_msg. */
    public void auditUserMsg(Task s, String text) {
        events.runWithoutSyscall(s, () -> identity.userMsg(s, text));
    }

    // ------------------------------------------------------------ §3.7 administration (never audited)

    /** OP-50 audit rule administration (auditctl syntax, §4.5): the {@code -l} listing, else null. */
    public String auditctl(String text) {
        return invariants.checked("auditctl", () -> admin.auditctl(text));
    }

    /** OP-51 audit_sink_create: a per-container audit daemon sink for V and its nested descendants. */
    public void auditSinkCreate(String name, long contid) {
        invariants.checked("auditSinkCreate", () -> admin.auditSinkCreate(name, contid, AuditSink.Delivery.COPY));
    }

    /** OP-51: the lines a container sink has received, in order. */
    public List<String> sinkTrace(String name) {
        return admin.sinkTrace(name);
    }

    /** OP-52 audit_set_enabled. */
    public void auditSetEnabled(boolean on) {
        invariants.checked("auditSetEnabled", () -> admin.auditSetEnabled(on));
    }

    /** OP-53 advance_clock; the clock never goes back (invariant 6). */
    public void advanceClock(long ms) {
        invariants.checked("advanceClock", () -> admin.advanceClock(ms));
    }

    /** §0.4: sets a knob of the running kernel; a ConfigException for a bad key or value, or a boot-time knob. */
    public void configure(String key, String value) {
        invariants.checked("configure", () -> admin.configure(key, value));
    }

    // ------------------------------------------------------------ views

    /** Every host-sink line so far, without '\n' (a live view); IllegalStateException unless kept ({@link TraceKeeping}). */
    public List<String> hostTrace() {
        return core.log.hostLines();
    }

    /** What {@code fd} of {@code holder} refers to, or null if it is not open. */
    public FileView describeFd(Task holder, int fd) {
        return process.describeFd(holder, fd);
    }

    /** Until {@link #stopRecordingAccesses}, {@code keys} gets the {@link StateLines} key of each object an fd lookup reaches. */
    public void recordAccesses(java.util.function.Consumer<String> keys) { process.accesses = keys; }
    public void stopRecordingAccesses() { process.accesses = null; }

    /** T's thread-group number in viewer's PID namespace, 0 if not visible. */
    public long pidIn(Task viewer, Task t) {
        return core.pidIn(viewer, t);
    }

    // ------------------------------------------------------------ read-only views for tools (the REPL)

    /** Every task the kernel knows (also exited ones), by tid; no event, no trace. */
    public List<Task> tasks() {
        return List.copyOf(core.tasks.values());
    }

    /** The text of /proc/containers as init sees it, without the read's audit event. */
    public String containersTable() {
        return containers.procContainers(core.init);
    }
}
