package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code container_wait(cfd)}: the init's wait status (OP-23). */
@NodeInfo(shortName = "container_wait")
@BuiltinSignature("fd")
public abstract class ContainerWaitBuiltin extends CsBuiltinNode {

    @Specialization
    protected long waitFor(long cfd) {
        int number = fdNumber(cfd);
        return kernelCall((k, s) -> k.containerWait(s, number));
    }
}
