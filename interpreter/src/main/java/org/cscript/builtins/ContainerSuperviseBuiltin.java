package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code container_supervise(cfd, ops)}: the caller, outside the container and holding its
 * container fd, becomes its supervisor and lets the comma-separated operations through when a
 * member's capability check refuses them with EPERM; "" ends the supervision. Returns 0. A
 * proposal of the seeds: docs/proposals/supervisor-override.md.
 */
@NodeInfo(shortName = "container_supervise")
@BuiltinSignature({"fd", "string"})
public abstract class ContainerSuperviseBuiltin extends CsBuiltinNode {

    @Specialization
    protected long supervise(long cfd, String ops) {
        int number = fdNumber(cfd);
        return kernelRun((k, s) -> k.containerSupervise(s, number, ops));
    }
}
