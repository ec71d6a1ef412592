package org.cscript.kernel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;

/**
 * Per-container security policy (docs/proposals/container-policy.md): attaching one (P-POLICY) and
 * the hook that refuses a denied operation of a member (P-LSM), behind container.policy = on.
 */
final class PolicyOps {
    private final KernelCore k;
    private final ContainerOps containers;

    PolicyOps(KernelCore k, ContainerOps containers) {
        this.k = k;
        this.containers = containers;
    }

    /** P-POLICY container_set_policy: attaches a label and the operations it denies, once per container. */
    void setPolicy(Task s, int cfd, String label, List<String> denied) {
        String op = "container_set_policy";
        if (!k.knobs().containerPolicy()) {
            throw new ConfigException("a per-container policy needs config container.policy = on");
        }
        ArgumentChecks.requireRunning(s, op);
        Container c = containers.getcfd(s, cfd, op);
        // loading an LSM policy is CAP_MAC_ADMIN in Linux; the model has no such capability
        if (!k.capable(s, Capability.CAP_SYS_ADMIN)) {
            throw KernelCore.fail(Errno.EPERM, op, "setting a policy needs CAP_SYS_ADMIN");
        }
        if (!ContainerPolicy.validLabel(label)) {
            throw KernelCore.fail(Errno.EINVAL, op, "label must be 1-64 of [A-Za-z0-9_:.-]");
        }
        Set<String> ops = new LinkedHashSet<>();
        for (String name : denied) {
            if (!ContainerPolicy.DENIABLE.contains(name)) {
                throw KernelCore.fail(Errno.EINVAL, op, "operation '" + name + "' cannot be denied");
            }
            ops.add(name);
        }
        if (c.policy != null) {
            throw KernelCore.fail(Errno.EEXIST, op, "the container has a policy already");
        }
        c.policy = new ContainerPolicy(label, ops);
    }

    /**
     * P-LSM, the hook every audited task operation passes before its own checks: a member of a
     * container whose policy denies {@code operation} is refused with EACCES, the AVC record in
     * its event. Nothing is checked when the caller did not say which operation it performs.
     */
    static void check(KernelCore k, EventContext ev, String operation) {
        if (operation == null || !k.knobs().containerPolicy()) {
            return;
        }
        ContainerPolicy p = policyOf(ev.subject);
        if (p == null || !p.denied().contains(operation)) {
            return;
        }
        ev.records.add(k.records.avcDenied(operation, KernelCore.actor(ev.subject), p.label(), p.label()));
        throw KernelCore.fail(Errno.EACCES, operation, "denied by the container policy of "
                + ev.subject.container);
    }

    /** The label {@code t} runs under ({@code subj=}), or null when its container has no policy. */
    static String labelOf(Task t) {
        ContainerPolicy p = policyOf(t);
        return p == null ? null : p.label();
    }

    /** The policy the task runs under: its container's, or null (none, or the knob is off). */
    static ContainerPolicy policyOf(Task t) {
        return t.container == null ? null : t.container.policy;
    }
}
