package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code proc_containers()}: the text of /proc/containers (OP-25). */
@NodeInfo(shortName = "proc_containers")
@BuiltinSignature
public abstract class ProcContainersBuiltin extends CsBuiltinNode {

    @Specialization
    protected String read() {
        return kernelCall((k, s) -> k.readProcContainers(s));
    }
}
