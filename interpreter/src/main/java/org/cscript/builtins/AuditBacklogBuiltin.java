package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/**
 * {@code audit_backlog([sink])}: the records waiting in an audit backlog now ({@code auditctl -s}'s
 * backlog): the host's, or the container sink named {@code sink}'s. A proposal of the seeds:
 * docs/proposals/audit-backlog.md.
 */
@NodeInfo(shortName = "audit_backlog")
@BuiltinSignature(value = "string|nil", defaults = "nil")
public abstract class AuditBacklogBuiltin extends CsBuiltinNode {

    @Specialization
    protected long host(@SuppressWarnings("unused") Nil host) {
        return kernelCall((k, s) -> (long) k.backlog().waiting(null));
    }

    @Specialization
    protected long sink(String sink) {
        return kernelCall((k, s) -> (long) k.backlog().waiting(sink));
    }
}
