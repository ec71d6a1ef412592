package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/** {@code fork_into(cfd)}: fork_into_container (OP-19); the first task becomes the container's init. */
@NodeInfo(shortName = "fork_into")
@BuiltinSignature("fd")
public abstract class ForkIntoBuiltin extends CsBuiltinNode {

    @Specialization
    protected TaskHandle forkInto(long cfd) {
        int number = fdNumber(cfd);
        return kernelCall((k, s) -> handle(k.forkIntoContainer(s, number)));
    }
}
