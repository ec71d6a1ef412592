package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code exec(path)}: execve; closes CLOEXEC descriptors, sets comm and exe (OP-03). Returns 0. */
@NodeInfo(shortName = "exec")
@BuiltinSignature("string")
public abstract class ExecBuiltin extends CsBuiltinNode {

    @Specialization
    protected long exec(String path) {
        return kernelRun((k, s) -> k.execve(s, path));
    }
}
