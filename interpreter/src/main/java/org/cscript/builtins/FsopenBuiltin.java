package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.FdValue;

/**
 * {@code fsopen(fstype[, cfd[, flags]])} (OP-26): a new fs context, bound to the container when
 * a container fd is given (the 2017 prototype's argument); cfd -1 means none.
 */
@NodeInfo(shortName = "fsopen")
@BuiltinSignature(value = {"string", "fd", "int"}, defaults = {"-1", "0"})
public abstract class FsopenBuiltin extends CsBuiltinNode {

    @Specialization
    protected FdValue fsopen(String fstype, long cfd, long flags) {
        int number = fdNumber(cfd);
        return kernelCall((k, s) -> fdValue(k, s, k.setup().fsopen(s, fstype, number, flags)));
    }
}
