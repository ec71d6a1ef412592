package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code unshare(flags)} with CLONE_NEW* flags (OP-14). Returns 0. */
@NodeInfo(shortName = "unshare")
@BuiltinSignature("int")
public abstract class UnshareBuiltin extends CsBuiltinNode {

    @Specialization
    protected long unshare(long flags) {
        return kernelRun((k, s) -> k.unshare(s, flags));
    }
}
