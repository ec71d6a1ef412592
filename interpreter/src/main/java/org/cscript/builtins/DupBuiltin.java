package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.FdValue;

/** {@code dup(fd)}: a new descriptor on the same file (OP-11). */
@NodeInfo(shortName = "dup")
@BuiltinSignature("fd")
public abstract class DupBuiltin extends CsBuiltinNode {

    @Specialization
    protected FdValue dup(long fd) {
        int number = fdNumber(fd);
        return kernelCall((k, s) -> fdValue(k, s, k.dup(s, number)));
    }
}
