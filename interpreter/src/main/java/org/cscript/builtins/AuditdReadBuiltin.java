package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/**
 * {@code auditd_read([sink])}: an audit daemon reads its backlog, so the events waiting reach its
 * log (with {@code config audit.reader = manual}): the host's, or the container sink named
 * {@code sink}; returns how many records it read. A proposal of the seeds:
 * docs/proposals/audit-backlog.md.
 */
@NodeInfo(shortName = "auditd_read")
@BuiltinSignature(value = "string|nil", defaults = "nil")
public abstract class AuditdReadBuiltin extends CsBuiltinNode {

    @Specialization
    protected long host(@SuppressWarnings("unused") Nil host) {
        return kernelCall((k, s) -> (long) k.backlog().read(null));
    }

    @Specialization
    protected long sink(String sink) {
        return kernelCall((k, s) -> (long) k.backlog().read(sink));
    }
}
