package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code setns(fd[, nstype])} with a namespace fd (OP-16) or a container fd (OP-17); nstype defaults
 * to 0. Returns 0.
 */
@NodeInfo(shortName = "setns")
@BuiltinSignature(value = {"fd", "int"}, defaults = {"0"})
public abstract class SetnsBuiltin extends CsBuiltinNode {

    @Specialization
    protected long setns(long fd, long nstype) {
        int number = fdNumber(fd);
        return kernelRun((k, s) -> k.setns(s, number, nstype));
    }
}
