package org.cscript.kernel;

import java.util.List;
import java.util.function.Supplier;

/**
 * Per-container security policy, a seed proposal (docs/proposals/container-policy.md), reached
 * as {@link Kernel#policy()}: attaching a policy to a container, and naming the operation a call
 * performs so that the policy's hook can deny it to the container's members.
 */
public final class PolicyEntryPoints {
    private final KernelCore k;
    private final PolicyOps ops;
    private final InvariantGuard invariants;

    PolicyEntryPoints(KernelCore k, PolicyOps ops, InvariantGuard invariants) {
        this.k = k;
        this.ops = ops;
        this.invariants = invariants;
    }

    /**
     * P-POLICY container_set_policy: the members of the container behind {@code cfd} run as
     * {@code label} and are refused the operations {@code denied} (script names). Not audited.
     * A ConfigException unless container.policy = on.
     */
    public void setPolicy(Task s, int cfd, String label, List<String> denied) {
        invariants.checked("containerSetPolicy", () -> ops.setPolicy(s, cfd, label, List.copyOf(denied)));
    }

    /**
     * Runs {@code call} as the operation named {@code operation} (its script name, e.g. "unshare"):
     * every audited event it opens passes the policy hook (P-LSM) first. Scripts name every call.
     */
    public <T> T performing(String operation, Supplier<T> call) {
        String outer = k.operation;
        k.operation = operation;
        try {
            return call.get();
        } finally {
            k.operation = outer;
        }
    }

    /** The label {@code t} runs under ({@code subj=}), or null when its container has no policy. */
    public String labelOf(Task t) {
        return PolicyOps.labelOf(t);
    }
}
