package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/** {@code auditctl("-a always,exit -F contid=42")}: audit rule administration (OP-50). Returns nil. */
@NodeInfo(shortName = "auditctl")
@BuiltinSignature("string")
public abstract class AuditctlBuiltin extends CsBuiltinNode {

    /** A malformed rule's message says what is wrong with it. */
    @Override
    protected boolean showsDetail() {
        return true;
    }

    @Specialization
    protected Nil rule(String text) {
        return kernelRunNil((k, s) -> k.auditctl(text));
    }
}
