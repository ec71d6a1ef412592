package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code auditd_read()}: the host audit daemon reads its backlog, so the events waiting reach the
 * trace (with {@code config audit.reader = manual}); returns how many records it read. A proposal
 * of the seeds: docs/proposals/audit-backlog.md.
 */
@NodeInfo(shortName = "auditd_read")
@BuiltinSignature
public abstract class AuditdReadBuiltin extends CsBuiltinNode {

    @Specialization
    protected long read() {
        return kernelCall((k, s) -> (long) k.backlog().read());
    }
}
