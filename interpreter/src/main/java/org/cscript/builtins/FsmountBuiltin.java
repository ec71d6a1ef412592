package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.FdValue;

/** {@code fsmount(fsfd[, flags[, attr]])} (OP-28): a detached mount of the created superblock, as a mount fd. */
@NodeInfo(shortName = "fsmount")
@BuiltinSignature(value = {"fd", "int", "int"}, defaults = {"0", "0"})
public abstract class FsmountBuiltin extends CsBuiltinNode {

    @Specialization
    protected FdValue fsmount(long fsfd, long flags, long attr) {
        int number = fdNumber(fsfd);
        return kernelCall((k, s) -> fdValue(k, s, k.setup().fsmount(s, number, flags, attr)));
    }
}
