package org.cscript.kernel;

import org.cscript.abi.Errno;
import org.cscript.abi.Unset;

/**
 * The checks of a write to /proc/T/audit_containerid in the upstream v11 series (OP-46 under
 * {@code contid.ladder = v11}, set by the {@code upstream} profile), in the series' order, the
 * first failure winning: ENOPROTOOPT, EINVAL, EPERM, EBUSY, EXDEV, EEXIST, ENOTUNIQ. The seed's
 * checks stay in {@link AuditIdentityOps}. Audit "disabled for the task" is modelled as
 * {@code audit.enabled = false}.
 */
final class ContidLadderV11 {
    private final KernelCore k;

    ContidLadderV11(KernelCore k) {
        this.k = k;
    }

    /**
     * The first failing rule of writing {@code v} to {@code t} as {@code s}, or null if all pass.
     * Each detail ends with the rule's number in upstream-audit.md's list, "(v11 rule 3)": the
     * engineer sees which rung refused, and errno-checks.tsv tells the rungs from OP-46's checks.
     */
    KernelException check(Task s, Task t, long v) {
        String op = "write";
        KernelException refused = writerRules(s, v);
        if (refused != null) {
            return refused;
        }
        if (!t.leader.children.isEmpty() || t.leader != t || t.leader.threads.size() > 1) {
            return KernelCore.fail(Errno.EBUSY, op, "the target is a parent, or not a single-threaded group leader (v11 rule 4)");
        }
        if (t.leader == s.leader || !descends(t.leader, s.leader)) {
            return KernelCore.fail(Errno.EXDEV, op, "the target is the writer or not its descendant (v11 rule 5)");
        }
        return valueRules(s, t.contid, v);
    }

    /**
     * The rules for a child S is about to clone (set-on-clone): rules 4 and 5 hold for a fresh
     * child of S, which holds S's contid for rule 6.
     */
    KernelException newChildCheck(Task s, long v) {
        KernelException refused = writerRules(s, v);
        return refused != null ? refused : valueRules(s, s.contid, v);
    }

    /** Rules 1-3: audit, the value, the writer's right to manage IDs. */
    private KernelException writerRules(Task s, long v) {
        String op = "write";
        if (!k.knobs().auditEnabled()) {
            return KernelCore.fail(Errno.ENOPROTOOPT, op, "audit is disabled (v11 rule 1)");
        }
        if (v == Unset.U64) {
            return KernelCore.fail(Errno.EINVAL, op, "an audit container id cannot be unset (v11 rule 2)");
        }
        if (!mayManage(s)) {
            return KernelCore.fail(Errno.EPERM, op,
                    "the writer lacks " + k.knobs().setterCap().name() + " and capcontid (v11 rule 3)");
        }
        return null;
    }

    /** Rules 6-7 for a target whose contid is {@code current}. */
    private KernelException valueRules(Task s, long current, long v) {
        String op = "write";
        if (ContidRegistry.valid(current) && !nesting(s, current)) {
            return KernelCore.fail(Errno.EEXIST, op, "the target already has an audit container id (v11 rule 6)");
        }
        ContidEntry existing = k.registry.entry(v);
        if (existing != null ? existing.owner != s.leader : heldByZombie(v)) {
            return KernelCore.fail(Errno.ENOTUNIQ, op, existing != null
                    ? "the value is registered by another orchestrator (v11 rule 7)"
                    : "the value is not yet released (v11 rule 7)");
        }
        return null;
    }

    /** After a successful write: the first registration of {@code v} makes the writer its owner. */
    void registered(Task s, long v) {
        ContidEntry e = k.registry.entry(v);
        if (e.owner == null) {
            e.owner = s.leader;
        }
    }

    /** Rule 3: CAP_AUDIT_CONTROL (contid.setter_cap) in the initial user namespace, or capcontid. */
    boolean mayManage(Task s) {
        return k.contidCapOk(s) || s.capcontid == 1;
    }

    /** Reading t's contid: the capability, or capcontid and t a descendant of the reader. */
    boolean mayRead(Task s, Task t) {
        return k.contidCapOk(s) || (s.capcontid == 1 && descends(t.leader, s.leader));
    }

    /** Nesting: the writer is not the owner of the target's contid but descends from that owner. */
    private boolean nesting(Task s, long current) {
        ContidEntry cur = k.registry.entry(current);
        Task owner = cur == null ? null : cur.owner;
        return owner != null && owner != s.leader && descends(s.leader, owner);
    }

    /** Tasks gone but the value not yet released: a zombie (not yet reaped) still carries it. */
    private boolean heldByZombie(long v) {
        for (Task x : k.tasks.values()) {
            if (x.state == Task.State.ZOMBIE && x.contid == v) {
                return true;
            }
        }
        return false;
    }

    static boolean descends(Task leader, Task ancestor) {
        for (Task p = leader.parent; p != null; p = p.parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
