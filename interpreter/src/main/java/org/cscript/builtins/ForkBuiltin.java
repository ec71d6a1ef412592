package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/** {@code fork()}: a child of the current task (OP-01 with no flags). */
@NodeInfo(shortName = "fork")
@BuiltinSignature
public abstract class ForkBuiltin extends CsBuiltinNode {

    @Specialization
    protected TaskHandle fork() {
        return kernelCall((k, s) -> handle(k.fork(s)));
    }
}
