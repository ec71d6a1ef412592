package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/** {@code audit_enabled(bool)}: switches auditing on or off (OP-52). Returns nil. */
@NodeInfo(shortName = "audit_enabled")
@BuiltinSignature("bool")
public abstract class AuditEnabledBuiltin extends CsBuiltinNode {

    @Specialization
    protected Nil set(boolean enabled) {
        return kernelRunNil((k, s) -> k.auditSetEnabled(enabled));
    }
}
