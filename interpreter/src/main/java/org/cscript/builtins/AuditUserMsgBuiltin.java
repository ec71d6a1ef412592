package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code audit_user_msg(text)}: a USER record from the current task (OP-49). Returns 0. */
@NodeInfo(shortName = "audit_user_msg")
@BuiltinSignature("string")
public abstract class AuditUserMsgBuiltin extends CsBuiltinNode {

    @Specialization
    protected long send(String text) {
        return kernelRun((k, s) -> k.auditUserMsg(s, text));
    }
}
