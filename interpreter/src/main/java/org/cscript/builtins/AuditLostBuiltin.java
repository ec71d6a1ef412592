package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code audit_lost()}: the records the host's audit backlog has lost so far, to a full queue or
 * the rate limit ({@code auditctl -s}'s lost). A proposal of the seeds: docs/proposals/audit-backlog.md.
 */
@NodeInfo(shortName = "audit_lost")
@BuiltinSignature
public abstract class AuditLostBuiltin extends CsBuiltinNode {

    @Specialization
    protected long lost() {
        return kernelCall((k, s) -> k.backlog().lost());
    }
}
