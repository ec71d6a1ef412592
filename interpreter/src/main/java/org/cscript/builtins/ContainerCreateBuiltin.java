package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.FdValue;
import org.cscript.runtime.Nil;

/** {@code container_create(name, flags)} (OP-18): the container fd; a nil name takes the EINVAL path. */
@NodeInfo(shortName = "container_create")
@BuiltinSignature({"string|nil", "int"})
public abstract class ContainerCreateBuiltin extends CsBuiltinNode {

    @Specialization
    protected FdValue create(String name, long flags) {
        return kernelCall((k, s) -> fdValue(k, s, k.containerCreate(s, name, flags, 0, 0, 0)));
    }

    @Specialization
    protected FdValue createUnnamed(Nil name, long flags) {
        return kernelCall((k, s) -> fdValue(k, s, k.containerCreate(s, null, flags, 0, 0, 0)));
    }
}
