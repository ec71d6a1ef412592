package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/**
 * {@code auditctl("-a always,exit -F contid=42")}: audit rule administration (OP-50). Returns the
 * rules as {@code auditctl -l} prints them for {@code -l}, nil for every other command.
 */
@NodeInfo(shortName = "auditctl")
@BuiltinSignature("string")
public abstract class AuditctlBuiltin extends CsBuiltinNode {

    /** A malformed rule's message says what is wrong with it. */
    @Override
    protected boolean showsDetail() {
        return true;
    }

    @Specialization
    protected Object rule(String text) {
        return kernelCall((k, s) -> {
            String listing = k.auditctl(text);
            return listing == null ? Nil.INSTANCE : listing;
        });
    }
}
