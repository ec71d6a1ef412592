package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code close(fd)} (OP-12; the last close of a container fd is OP-20). Returns 0. */
@NodeInfo(shortName = "close")
@BuiltinSignature("fd")
public abstract class CloseBuiltin extends CsBuiltinNode {

    @Specialization
    protected long close(long fd) {
        int number = fdNumber(fd);
        return kernelRun((k, s) -> k.close(s, number));
    }
}
