package org.cscript.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cscript.abi.Errno;
import org.cscript.abi.Unset;
import org.cscript.audit.AuditRuleException;
import org.cscript.audit.AuditRules;

/**
 * Administration, kernel-model.md §3.7 (OP-50 … OP-53): performed by the harness, with no
 * subject task, never audited; and knob changes of a running kernel (§0.4).
 */
final class AdminOps {
    private final KernelCore k;
    private final AuditWatches watches;

    AdminOps(KernelCore k) {
        this.k = k;
        this.watches = new AuditWatches(k);
    }

    /**
     * OP-50 audit rule administration (auditctl syntax, §4.5, auditctl.md): malformed EINVAL; no
     * such rule, or a watch whose directory does not exist, ENOENT; a watch below a file ENOTDIR.
     * {@code -e} is OP-52. Returns the {@code -l} listing, null for every other command.
     */
    String auditctl(String text) {
        AuditRules.Outcome outcome;
        try {
            outcome = k.rules.apply(text, watches);
        } catch (AuditRuleException e) {
            throw new KernelException(e.errno(), "auditctl", e.getMessage());
        }
        if (outcome.enable() != null) {
            auditSetEnabled(outcome.enable());
        }
        return outcome.listing();
    }

    /**
     * OP-51 audit_sink_create: V = UNSET64 is EINVAL, a duplicate name EEXIST. {@code delivery}
     * COPY is the model's sink; ROUTE the backlog proposal's (docs/proposals/audit-backlog.md).
     */
    void auditSinkCreate(String name, long contid, AuditSink.Delivery delivery) {
        if (contid == Unset.U64) {
            throw new KernelException(Errno.EINVAL, "audit_sink_create", "a sink needs a valid contid");
        }
        if (k.log.sinks.containsKey(name)) {
            throw new KernelException(Errno.EEXIST, "audit_sink_create", "sink '" + name + "' exists");
        }
        k.log.sinks.put(name, new AuditSink(name, contid, delivery, k.log.kernelLog));
    }

    /** The lines the sink {@code name} of OP-51 has received (ENOENT if there is none). */
    List<String> sinkTrace(String name) {
        return Collections.unmodifiableList(sink(name).lines);
    }

    /** The sink named {@code name}; ENOENT if there is none. */
    AuditSink sink(String name) {
        AuditSink sink = k.log.sinks.get(name);
        if (sink == null) {
            throw new KernelException(Errno.ENOENT, "audit_sink", "no sink named '" + name + "'");
        }
        return sink;
    }

    /** OP-52 audit_set_enabled: the knob audit.enabled of the running kernel. */
    void auditSetEnabled(boolean on) {
        k.reconfigure("audit.enabled", Boolean.toString(on));
    }

    /** OP-53 advance_clock; the clock never goes back (invariant 6). */
    void advanceClock(long ms) {
        if (ms < 0) {
            throw new AdminArgumentException("the clock never goes back: ms must be >= 0, got " + ms);
        }
        if (ms > KernelConfig.CLOCK_MAX_MS - k.log.clockMs) {
            throw AuditLog.clockLimit();
        }
        k.log.clockMs += ms;
    }

    /** §0.4: a knob of the running kernel (boot-time knobs are refused). */
    void configure(String key, String value) {
        k.reconfigure(key, value);
    }
}
