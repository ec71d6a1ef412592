package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code keyq_read(fd)} (OP-44): takes the oldest message off a key queue (EAGAIN if empty). */
@NodeInfo(shortName = "keyq_read")
@BuiltinSignature("fd")
public abstract class KeyqReadBuiltin extends CsBuiltinNode {

    @Specialization
    protected String read(long fd) {
        int number = fdNumber(fd);
        return kernelCall((k, s) -> k.keys().keyqRead(s, number));
    }
}
