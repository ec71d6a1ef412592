package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/** {@code self()}: the current (acting) task; the host orchestrator unless inside {@code as t { }}. */
@NodeInfo(shortName = "self")
@BuiltinSignature
public abstract class SelfBuiltin extends CsBuiltinNode {

    @Specialization
    protected TaskHandle current() {
        return handle(session().actor());
    }
}
