package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/** {@code kill(t, sig)} (OP-06). Returns 0. */
@NodeInfo(shortName = "kill")
@BuiltinSignature({"task", "int"})
public abstract class KillBuiltin extends CsBuiltinNode {

    @Specialization
    protected long kill(TaskHandle target, long signal) {
        return kernelRun((k, s) -> k.kill(s, target.task(), signal));
    }
}
