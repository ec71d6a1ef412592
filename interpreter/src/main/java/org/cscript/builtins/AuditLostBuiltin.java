package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/**
 * {@code audit_lost([sink])}: the records an audit backlog has lost so far, to a full queue or
 * the rate limit ({@code auditctl -s}'s lost): the host's, or the container sink named
 * {@code sink}'s. A proposal of the seeds: docs/proposals/audit-backlog.md.
 */
@NodeInfo(shortName = "audit_lost")
@BuiltinSignature(value = "string|nil", defaults = "nil")
public abstract class AuditLostBuiltin extends CsBuiltinNode {

    @Specialization
    protected long host(@SuppressWarnings("unused") Nil host) {
        return kernelCall((k, s) -> k.backlog().lost(null));
    }

    @Specialization
    protected long sink(String sink) {
        return kernelCall((k, s) -> k.backlog().lost(sink));
    }
}
