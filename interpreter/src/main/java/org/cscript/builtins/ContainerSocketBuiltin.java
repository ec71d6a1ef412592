package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.FdValue;

/** {@code container_socket(cfd, domain, type[, protocol])} (OP-37): a socket fd in the container's net namespace. */
@NodeInfo(shortName = "container_socket")
@BuiltinSignature(value = {"fd", "int", "int", "int"}, defaults = {"0"})
public abstract class ContainerSocketBuiltin extends CsBuiltinNode {

    @Specialization
    protected FdValue socket(long cfd, long domain, long type, long protocol) {
        int number = fdNumber(cfd);
        return kernelCall((k, s) -> fdValue(k, s, k.setup().containerSocket(s, number, domain, type, protocol)));
    }
}
