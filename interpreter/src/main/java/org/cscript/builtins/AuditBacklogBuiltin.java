package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code audit_backlog()}: the records waiting in the host's audit backlog now ({@code auditctl -s}'s
 * backlog). A proposal of the seeds: docs/proposals/audit-backlog.md.
 */
@NodeInfo(shortName = "audit_backlog")
@BuiltinSignature
public abstract class AuditBacklogBuiltin extends CsBuiltinNode {

    @Specialization
    protected long waiting() {
        return kernelCall((k, s) -> (long) k.backlog().waiting());
    }
}
