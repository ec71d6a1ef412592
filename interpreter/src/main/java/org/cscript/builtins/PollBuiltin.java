package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code poll(cfd)}: 1 once the container is dead, else 0 (OP-22). */
@NodeInfo(shortName = "poll")
@BuiltinSignature("fd")
public abstract class PollBuiltin extends CsBuiltinNode {

    @Specialization
    protected long poll(long cfd) {
        int number = fdNumber(cfd);
        return kernelCall((k, s) -> (long) k.poll(s, number));
    }
}
