package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code container_chroot(cfd, path)} (OP-32): sets the container's root directory. Returns 0. */
@NodeInfo(shortName = "container_chroot")
@BuiltinSignature({"fd", "string"})
public abstract class ContainerChrootBuiltin extends CsBuiltinNode {

    @Specialization
    protected long chroot(long cfd, String path) {
        int number = fdNumber(cfd);
        return kernelRun((k, s) -> k.setup().containerChroot(s, number, path));
    }
}
