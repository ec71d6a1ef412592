package org.cscript.kernel;

import java.util.Locale;
import org.cscript.abi.Capability;

/**
 * The knobs of kernel-model.md §0.4, typed and resolved once from a {@link KernelConfig}: at boot
 * and again whenever a running kernel's configuration changes ({@link KernelCore#reconfigure}).
 * Operations read these fields; no knob is looked up by its name after resolution. The boot-time
 * values (clock start, first serial, first PID, first inode number) are read by the boot alone.
 *
 * @param setterCap contid.setter_cap: the capability needed to write (and, by default, read) a contid
 * @param capScope contid.cap_scope: where {@code setterCap} is checked
 * @param readCap contid.read_cap: whether reading a contid needs {@code setterCap}
 * @param allowMove contid.allow_move: a second write moves an assigned task
 * @param requireDescendant contid.require_descendant: the target must descend from the writer
 * @param denyChildren contid.deny_children: the target must have no children
 * @param threadPolicy contid.thread_policy
 * @param setnsContidPolicy setns.contid_policy: the effect of setns on the contid (OP-16)
 * @param allowContainerFd setns.allow_container_fd: setns accepts a container fd (OP-17)
 * @param killOnCloseScope container.kill_on_close_scope: whom KILL_ON_CLOSE signals
 * @param forkIntoAfterStart container.fork_into_after_start: OP-19 on a started container adds a member
 * @param lsmAlloc container.lsm_alloc: the verdict of the container_alloc LSM hook
 * @param auditEnabled audit.enabled: records are produced at all
 * @param recordNames audit.record_names: the names and numbers of the container record types
 * @param typeText audit.type_text: a trace names each type by the design or as auditd 3.0.9 writes it
 * @param contidFormat audit.contid_format: how CONTAINER_INFO prints a contid
 * @param nsdev audit.nsdev: the device printed for nsfs namespace ids
 * @param tickMs clock.tick_ms: the clock advance after each emitted event
 * @param clockStartMs clock.start_ms (boot)
 * @param firstSerial audit.first_serial (boot)
 * @param firstPid pid.first (boot)
 * @param pidReuse pid.reuse (boot): PIDs count up for ever, or a reaped task's numbers are handed out again
 * @param firstInum ns.first_inum (boot)
 * @param keysUsernsQueue keys.userns_queue: Trond Myklebust's per-user-namespace request_key queue (OP-42..OP-44)
 * @param firstKeySerial keys.first_serial (boot)
 * @param execCheckPath exec.check_path: execve needs the path to be a file in the caller's mount namespace
 * @param ladder contid.ladder: the checks of a contid write, the seed's OP-46 or the upstream v11 rules
 * @param setOnClone contid.set_on_clone: clone may give the child its audit container ID (Q20)
 * @param usernsMaps userns.maps (boot): user namespaces have uid/gid maps, credentials are kernel ids (Q23)
 * @param layouts audit.layouts (boot): the record catalogue, the seed's §4.3 layouts or the upstream v11 ones
 * @param limits limits.*: the simulator's maxima (docs/limits.md)
 * @param backlog audit.backlog_limit, audit.failure, audit.rate_limit, audit.reader: the audit backlog
 * @param supervisor container.supervisor: a container's supervisor may override its members' EPERM
 * @param containerPolicy container.policy: containers may carry a security policy (docs/proposals/container-policy.md)
 * @param checkpoint container.checkpoint: containers may be checkpointed and restored (docs/proposals/checkpoint-restore.md)
 */
record Knobs(Capability setterCap, CapScope capScope, ReadCap readCap, boolean allowMove, boolean requireDescendant,
        boolean denyChildren, ThreadPolicy threadPolicy, SetnsContidPolicy setnsContidPolicy,
        boolean allowContainerFd, KillOnCloseScope killOnCloseScope, boolean forkIntoAfterStart, LsmAlloc lsmAlloc,
        boolean auditEnabled, RecordNames recordNames, TypeText typeText, ContidFormat contidFormat, String nsdev, long tickMs,
        long clockStartMs, long firstSerial, long firstPid, PidReuse pidReuse, long firstInum,
        boolean keysUsernsQueue, long firstKeySerial, boolean execCheckPath, Ladder ladder,
        boolean setOnClone, boolean usernsMaps, Layouts layouts, Limits limits, AuditBacklog backlog,
        boolean supervisor, boolean containerPolicy, boolean checkpoint) {

    /** contid.cap_scope: {@code init} = Linux capable(), {@code own} = the writer's user namespace. */
    enum CapScope { INIT, OWN }

    /** contid.read_cap. */
    enum ReadCap { SETTER, NONE }

    /** contid.thread_policy: {@code deny} a multi-threaded target, or set the whole {@code group}. */
    enum ThreadPolicy { DENY, GROUP }

    /** setns.contid_policy. */
    enum SetnsContidPolicy { KEEP, LOOKUP }

    /** container.kill_on_close_scope: every member ({@code all}) or the container's init. */
    enum KillOnCloseScope { ALL, INIT }

    /** container.lsm_alloc. */
    enum LsmAlloc { ALLOW, DENY }

    /** audit.record_names: CONTAINER / CONTAINER_INFO ({@code seed}) or CONTAINER_OP / CONTAINER_ID. */
    enum RecordNames { SEED, UPSTREAM }

    /** audit.type_text: {@code auditd} 3.0.9's text ({@code UNKNOWN[1340]}) or the design's {@code names}. */
    enum TypeText { AUDITD, NAMES }

    /** pid.reuse: monotonic numbers ({@code never}), or the lowest number no unreaped task holds (Q23). */
    enum PidReuse { NEVER, LOWEST_FREE }

    /** contid.ladder: the seed's OP-46 checks, or the v11 series' rules ({@link ContidLadderV11}). */
    enum Ladder { SEED, V11 }

    /** audit.layouts: the record catalogue chosen at boot. */
    enum Layouts { SEED, V11 }

    /** audit.contid_format: the task's own contid ({@code leaf}), the nesting chain, or v11's {@code 4,^2,^1}. */
    enum ContidFormat { LEAF, CHAIN, V11 }

    /** Resolves every knob of {@code c} (whose values KernelConfig has already validated). */
    static Knobs of(KernelConfig c) {
        return new Knobs(Capability.valueOf(c.get("contid.setter_cap")), choice(c, "contid.cap_scope", CapScope.class),
                choice(c, "contid.read_cap", ReadCap.class), c.flag("contid.allow_move"),
                c.flag("contid.require_descendant"), c.flag("contid.deny_children"),
                choice(c, "contid.thread_policy", ThreadPolicy.class),
                choice(c, "setns.contid_policy", SetnsContidPolicy.class), c.flag("setns.allow_container_fd"),
                choice(c, "container.kill_on_close_scope", KillOnCloseScope.class),
                c.flag("container.fork_into_after_start"), choice(c, "container.lsm_alloc", LsmAlloc.class),
                c.flag("audit.enabled"), choice(c, "audit.record_names", RecordNames.class),
                choice(c, "audit.type_text", TypeText.class),
                choice(c, "audit.contid_format", ContidFormat.class), c.get("audit.nsdev"), c.number("clock.tick_ms"),
                c.number("clock.start_ms"), c.number("audit.first_serial"), c.number("pid.first"),
                choice(c, "pid.reuse", PidReuse.class), c.number("ns.first_inum"),
                c.flag("keys.userns_queue"), c.number("keys.first_serial"), c.flag("exec.check_path"),
                choice(c, "contid.ladder", Ladder.class), c.get("contid.set_on_clone").equals("on"),
                c.get("userns.maps").equals("on"),
                choice(c, "audit.layouts", Layouts.class), Limits.of(c), AuditBacklog.of(c),
                c.get("container.supervisor").equals("on"), c.get("container.policy").equals("on"),
                c.get("container.checkpoint").equals("on"));
    }

    /** A choice knob's constant: its text in upper case ("lookup" is LOOKUP). */
    private static <E extends Enum<E>> E choice(KernelConfig c, String key, Class<E> type) {
        return Enum.valueOf(type, c.get(key).toUpperCase(Locale.ROOT));
    }
}
