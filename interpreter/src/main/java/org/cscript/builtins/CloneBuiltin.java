package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/** {@code clone(flags)}: a child with new namespaces for the CLONE_NEW* flags (OP-01). */
@NodeInfo(shortName = "clone")
@BuiltinSignature("int")
public abstract class CloneBuiltin extends CsBuiltinNode {

    @Specialization
    protected TaskHandle cloneWith(long flags) {
        return kernelCall((k, s) -> handle(k.clone(s, flags)));
    }
}
