package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code container_kill(cfd, initonly, sig)} (OP-24); initonly may be a boolean or 0/1. Returns 0. */
@NodeInfo(shortName = "container_kill")
@BuiltinSignature({"fd", "int|bool", "int"})
public abstract class ContainerKillBuiltin extends CsBuiltinNode {

    @Specialization
    protected long kill(long cfd, long initOnly, long signal) {
        int number = fdNumber(cfd);
        return kernelRun((k, s) -> k.containerKill(s, number, initOnly, signal));
    }

    @Specialization
    protected long kill(long cfd, boolean initOnly, long signal) {
        return kill(cfd, initOnly ? 1L : 0L, signal);
    }
}
