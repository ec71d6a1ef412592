package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code setuid(uid)} (OP-09). Returns 0. */
@NodeInfo(shortName = "setuid")
@BuiltinSignature("int")
public abstract class SetuidBuiltin extends CsBuiltinNode {

    @Specialization
    protected long setuid(long uid) {
        long id = checked(ArgumentRange.UID, uid);
        return kernelRun((k, s) -> k.setuid(s, id));
    }
}
