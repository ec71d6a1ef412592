package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/** {@code init()}: task 1, the parent of the host orchestrator (kernel-model.md 1.11). */
@NodeInfo(shortName = "init")
@BuiltinSignature
public abstract class InitBuiltin extends CsBuiltinNode {

    @Specialization
    protected TaskHandle init() {
        return handle(session().initTask());
    }
}
