package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/** {@code thread_exit()}: the current (non-leader) thread exits (OP-05). Returns nil. */
@NodeInfo(shortName = "thread_exit")
@BuiltinSignature
public abstract class ThreadExitBuiltin extends CsBuiltinNode {

    @Specialization
    protected Nil threadExit() {
        return kernelRunNil((k, s) -> k.threadExit(s));
    }
}
