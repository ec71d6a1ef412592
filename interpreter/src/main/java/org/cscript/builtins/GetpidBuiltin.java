package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code getpid()}: the current task's pid in its own PID namespace (OP-08). */
@NodeInfo(shortName = "getpid")
@BuiltinSignature
public abstract class GetpidBuiltin extends CsBuiltinNode {

    @Specialization
    protected long getpid() {
        return kernelCall((k, s) -> k.getpid(s));
    }
}
