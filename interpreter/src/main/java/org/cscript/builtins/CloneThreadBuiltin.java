package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/** {@code clone_thread()}: a new thread in the current task's group (OP-02). */
@NodeInfo(shortName = "clone_thread")
@BuiltinSignature
public abstract class CloneThreadBuiltin extends CsBuiltinNode {

    @Specialization
    protected TaskHandle cloneThread() {
        return kernelCall((k, s) -> handle(k.cloneThread(s)));
    }
}
